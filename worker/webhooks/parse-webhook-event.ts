// A signed delivery body to an event and, for encounter.completed, to its validation: the
// envelope is checked against webhook-event.schema.json, the data as the validate API
// checks an encounter, with schema errors pointing into /data of the delivery body.
import { ProblemError } from "../errors/problem-error.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { WebhookEvent } from "../generated/types/webhook-event.ts";
import { validateWebhookEventSchema } from "../generated/validators.js";
import { parseJson } from "../http/read-json-body.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { describeErrorCount, toSchemaErrors } from "../validation/schema-errors.ts";
import { validateEncounter, type VisitLedger } from "../validation/validate-encounter.ts";

/** The one event type ClaimLint evaluates; other types are acknowledged and recorded. */
export const encounterCompleted = "encounter.completed";

export function parseWebhookEvent(body: string): WebhookEvent {
  const event = parseJson(body);
  if (validateWebhookEventSchema(event)) return event as WebhookEvent;
  const list = toSchemaErrors(validateWebhookEventSchema.errors ?? []);
  throw new ProblemError(
    "invalid-webhook-event",
    `The body is not a webhook event (${describeErrorCount(list)}): send { "type": "${encounterCompleted}", "data": <encounter> }.`,
    list,
  );
}

export async function validateCompletedEncounter(
  event: WebhookEvent,
  registry: RulesetRegistry,
  ledger?: VisitLedger,
): Promise<ValidationResult> {
  try {
    return await validateEncounter(event.data, registry, undefined, ledger);
  } catch (error) {
    if (!(error instanceof ProblemError) || !error.extensions.errors) throw error;
    const errors = error.extensions.errors.map((entry) => ({ ...entry, pointer: `/data${entry.pointer}` }));
    throw new ProblemError(error.code, error.detail, { ...error.extensions, errors });
  }
}
