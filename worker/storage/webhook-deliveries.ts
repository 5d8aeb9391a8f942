// Webhook deliveries under their webhook-id. The first arrival claims the id with an INSERT
// the unique constraint lets only one request win; every later arrival of the same id
// finds the row and answers from it. No body is stored: a rejected delivery keeps only
// its problem code and the pointers and messages of its schema errors.
import type { SchemaError } from "../errors/problem-error.ts";
import { insertValidation, type StoredValidation } from "./validation-results.ts";

export type DeliveryStatus = "processing" | "processed" | "ignored" | "rejected";

export interface DeliveryRecord {
  webhookId: string;
  status: DeliveryStatus;
  eventType?: string;
  problemCode?: string;
  problemErrors?: SchemaError[];
  receivedAt: string;
  claimedAt: string;
  deliveryCount: number;
}

interface DeliveryRow {
  webhook_id: string;
  status: DeliveryStatus;
  event_type: string | null;
  problem_code: string | null;
  problem_errors: string | null;
  received_at: string;
  claimed_at: string;
  delivery_count: number;
}

/** True when this request inserted the row and so owns the delivery's processing. */
export async function claimDelivery(db: D1Database, webhookId: string, now: string): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `INSERT INTO webhook_deliveries (webhook_id, status, received_at, claimed_at, last_received_at)
       VALUES (?, 'processing', ?, ?, ?) ON CONFLICT (webhook_id) DO NOTHING`,
    )
    .bind(webhookId, now, now, now)
    .run();
  return meta.changes === 1;
}

/** Counts a redelivery of a claimed id and answers the row as it stands. */
export async function noteRedelivery(db: D1Database, webhookId: string, now: string): Promise<DeliveryRecord | undefined> {
  const row = await db
    .prepare(`UPDATE webhook_deliveries SET delivery_count = delivery_count + 1, last_received_at = ? WHERE webhook_id = ? RETURNING *`)
    .bind(now, webhookId)
    .first<DeliveryRow>();
  return row ? fromRow(row) : undefined;
}

/** Takes over a claim whose holder stopped before finishing (claimed before `staleBefore`). */
export async function takeOverStaleClaim(db: D1Database, webhookId: string, now: string, staleBefore: string): Promise<boolean> {
  const { meta } = await db
    .prepare(`UPDATE webhook_deliveries SET claimed_at = ? WHERE webhook_id = ? AND status = 'processing' AND claimed_at < ?`)
    .bind(now, webhookId, staleBefore)
    .run();
  return meta.changes === 1;
}

/** Gives a claim back after an internal failure, so the sender's retry processes it afresh. */
export async function releaseClaim(db: D1Database, webhookId: string): Promise<void> {
  await db.prepare(`DELETE FROM webhook_deliveries WHERE webhook_id = ? AND status = 'processing'`).bind(webhookId).run();
}

export async function markIgnored(db: D1Database, webhookId: string, eventType: string, now: string): Promise<void> {
  await db
    .prepare(`UPDATE webhook_deliveries SET status = 'ignored', event_type = ?, completed_at = ? WHERE webhook_id = ? AND status = 'processing'`)
    .bind(eventType, now, webhookId)
    .run();
}

export async function markRejected(db: D1Database, webhookId: string, rejection: { eventType?: string; code: string; errors?: SchemaError[] }, now: string): Promise<void> {
  await db
    .prepare(
      `UPDATE webhook_deliveries SET status = 'rejected', event_type = ?, problem_code = ?, problem_errors = ?, completed_at = ?
       WHERE webhook_id = ? AND status = 'processing'`,
    )
    .bind(rejection.eventType ?? null, rejection.code, rejection.errors ? JSON.stringify(rejection.errors) : null, now, webhookId)
    .run();
}

/** Stores the result and completes the delivery in one transaction: both or neither. */
export async function markProcessed(db: D1Database, webhookId: string, eventType: string, stored: StoredValidation): Promise<void> {
  await db.batch([
    insertValidation(db, { ...stored, webhookId }),
    db
      .prepare(`UPDATE webhook_deliveries SET status = 'processed', event_type = ?, completed_at = ? WHERE webhook_id = ? AND status = 'processing'`)
      .bind(eventType, stored.validatedAt, webhookId),
  ]);
}

function fromRow(row: DeliveryRow): DeliveryRecord {
  return {
    webhookId: row.webhook_id,
    status: row.status,
    ...(row.event_type ? { eventType: row.event_type } : {}),
    ...(row.problem_code ? { problemCode: row.problem_code } : {}),
    ...(row.problem_errors ? { problemErrors: JSON.parse(row.problem_errors) as SchemaError[] } : {}),
    receivedAt: row.received_at,
    claimedAt: row.claimed_at,
    deliveryCount: row.delivery_count,
  };
}
