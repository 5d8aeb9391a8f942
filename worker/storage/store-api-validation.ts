// Whether the validate and batch routes keep their answers is the deployment's choice
// (STORE_API_RESULTS, off by default): a caller that reads its answer needs nothing stored,
// and health data that is not kept cannot leak. When on, the write finishes before the
// answer goes out, so the answer can say whether it was stored (the Result-Stored header);
// a D1 failure never fails the validation, it only makes that header `false`.
import type { Context } from "hono";
import type { AppEnv, Env } from "../env.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import { recordValidations } from "./validation-results.ts";

/** `true` when the answer was stored under its encounterId (and the caller's tenant), `false` when not. */
export const resultStoredHeader = "result-stored";

export function storesApiResults(env: Pick<Env, "STORE_API_RESULTS">): boolean {
  return env.STORE_API_RESULTS?.trim().toLowerCase() === "true";
}

/** Stores the answers if the deployment keeps them and sets Result-Stored to what happened. */
export async function storeApiResults(context: Context<AppEnv>, results: readonly ValidationResult[]): Promise<void> {
  context.header(resultStoredHeader, String(await stored(context, results)));
}

async function stored(context: Context<AppEnv>, results: readonly ValidationResult[]): Promise<boolean> {
  if (!storesApiResults(context.env) || results.length === 0) return false;
  const validatedAt = new Date().toISOString();
  try {
    await recordValidations(
      context.env.DB,
      context.get("tenant"),
      results.map((result) => ({ result, receivedVia: "api", validatedAt })),
    );
    return true;
  } catch (error) {
    // D1's messages name the table and constraint, never the bound values.
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    console.warn(
      JSON.stringify({
        level: "warn",
        event: "storage-failed",
        operation: "store-api-results",
        error: name,
        message: message.slice(0, 200),
      }),
    );
    return false;
  }
}
