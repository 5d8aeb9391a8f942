// One signed delivery, processed at most once per webhook-id: the first arrival claims the
// id in D1 and evaluates; a redelivery answers what was stored, without evaluating again;
// an arrival while the first is still working is told to retry. Signed but invalid
// deliveries are recorded as rejected (without their body) before the problem goes back.
import { ProblemError } from "../errors/problem-error.ts";
import { problemTypes, type ProblemCode } from "../errors/problem-types.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { findValidationByWebhookId } from "../storage/validation-results.ts";
import type { VisitLedger } from "../validation/validate-encounter.ts";
import {
  claimDelivery,
  markIgnored,
  markProcessed,
  markRejected,
  noteRedelivery,
  releaseClaim,
  takeOverStaleClaim,
  type DeliveryKey,
  type DeliveryRecord,
} from "../storage/webhook-deliveries.ts";
import { encounterCompleted, parseWebhookEvent, validateCompletedEncounter } from "./parse-webhook-event.ts";

export type DeliveryOutcome =
  | { outcome: "processed"; result: ValidationResult; replayed: boolean }
  | { outcome: "ignored"; eventType: string; replayed: boolean };

export interface Delivery extends DeliveryKey {
  body: string;
}

/** A claim older than this is taken to belong to a request that died before finishing. */
export const staleClaimMilliseconds = 2 * 60 * 1000;

export const replayedHeader = "idempotent-replayed";

export async function receiveDelivery(
  db: D1Database,
  registry: RulesetRegistry,
  delivery: Delivery,
  now: Date,
  ledger?: VisitLedger,
): Promise<DeliveryOutcome> {
  const at = now.toISOString();
  if (!(await claimDelivery(db, delivery, at))) {
    const existing = await noteRedelivery(db, delivery, at);
    if (!existing) throw retryLater(delivery.webhookId);
    if (existing.status !== "processing") return replay(db, delivery.tenant, existing);
    const staleBefore = new Date(now.getTime() - staleClaimMilliseconds).toISOString();
    if (!(await takeOverStaleClaim(db, delivery, at, staleBefore))) throw retryLater(delivery.webhookId);
  }
  return processClaimed(db, registry, delivery, at, ledger);
}

async function processClaimed(
  db: D1Database,
  registry: RulesetRegistry,
  delivery: Delivery,
  at: string,
  ledger: VisitLedger | undefined,
): Promise<DeliveryOutcome> {
  let eventType: string | undefined;
  try {
    const event = parseWebhookEvent(delivery.body);
    eventType = event.type;
    if (event.type !== encounterCompleted) {
      await markIgnored(db, delivery, event.type, at);
      return { outcome: "ignored", eventType: event.type, replayed: false };
    }
    const result = await validateCompletedEncounter(event, registry, ledger);
    await markProcessed(db, delivery, event.type, { result, receivedVia: "webhook", validatedAt: at });
    return { outcome: "processed", result, replayed: false };
  } catch (error) {
    if (error instanceof ProblemError && error.status < 500) {
      await markRejected(
        db,
        delivery,
        { eventType, code: error.code, errors: error.extensions.errors, errorCount: error.extensions.errorCount },
        at,
      );
    } else {
      // Not the sender's fault: free the id so its retry is processed rather than refused.
      await releaseClaim(db, delivery).catch(() => undefined);
    }
    throw error;
  }
}

async function replay(db: D1Database, tenant: string, delivery: DeliveryRecord): Promise<DeliveryOutcome> {
  switch (delivery.status) {
    case "processed": {
      const stored = await findValidationByWebhookId(db, tenant, delivery.webhookId);
      if (!stored) throw new Error("A processed delivery has no stored result");
      return { outcome: "processed", result: stored.result, replayed: true };
    }
    case "ignored":
      return { outcome: "ignored", eventType: delivery.eventType ?? "", replayed: true };
    case "rejected": {
      const code: ProblemCode =
        delivery.problemCode && delivery.problemCode in problemTypes
          ? (delivery.problemCode as ProblemCode)
          : "invalid-request";
      const detail = `Delivery ${delivery.webhookId} was rejected when it first arrived (${problemTypes[code].title.toLowerCase()}); redelivering it changes nothing. Fix the encounter and send it as a new delivery.`;
      throw new ProblemError(code, detail, {
        ...(delivery.problemErrors ? { errors: delivery.problemErrors } : {}),
        ...(delivery.problemErrorCount !== undefined ? { errorCount: delivery.problemErrorCount } : {}),
        headers: { [replayedHeader]: "true" },
      });
    }
    default:
      throw retryLater(delivery.webhookId);
  }
}

function retryLater(webhookId: string): ProblemError {
  return new ProblemError(
    "conflict",
    `Delivery ${webhookId} is being processed by another request; retry it shortly.`,
    { headers: { "retry-after": "5" } },
  );
}
