// Keeps a validate-API answer under its encounterId, like a webhook's, without making the
// caller wait: the write runs after the answer is sent and a D1 failure only logs.
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import { recordInBackground } from "./record-in-background.ts";
import { recordValidation, recordValidations } from "./validation-results.ts";

export function storeApiValidation(context: Context<AppEnv>, result: ValidationResult): void {
  const validatedAt = new Date().toISOString();
  recordInBackground(context, "store-api-validation", (db) => recordValidation(db, { result, receivedVia: "api", validatedAt }));
}

/** A batch's answers, kept like single validations, in one D1 batch after the answer is sent. */
export function storeApiValidations(context: Context<AppEnv>, results: readonly ValidationResult[]): void {
  if (results.length === 0) return;
  const validatedAt = new Date().toISOString();
  recordInBackground(context, "store-api-validations", (db) => recordValidations(db, results.map((result) => ({ result, receivedVia: "api", validatedAt }))));
}
