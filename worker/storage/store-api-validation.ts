// Keeps a validate-API answer under its encounterId, like a webhook's, without making the
// caller wait: the write runs after the answer is sent and a D1 failure only logs.
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import { recordInBackground } from "./record-in-background.ts";
import { recordValidation } from "./validation-results.ts";

export function storeApiValidation(context: Context<AppEnv>, result: ValidationResult): void {
  const validatedAt = new Date().toISOString();
  recordInBackground(context, "store-api-validation", (db) => recordValidation(db, { result, receivedVia: "api", validatedAt }));
}
