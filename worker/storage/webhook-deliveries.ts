// Webhook deliveries under their tenant and webhook-id. The first arrival claims the id with an INSERT
// the unique constraint lets only one request win; every later arrival of the same id
// finds the row and answers from it. No body is stored: a rejected delivery keeps only
// its problem code and the pointers and messages of its schema errors.
import type { SchemaError } from "../errors/problem-error.ts";
import { insertValidation, type StoredValidation } from "./validation-results.ts";

/** A delivery is known by its sender's tenant and its webhook-id: two tenants' ids never meet. */
export interface DeliveryKey {
  tenant: string;
  webhookId: string;
}

export type DeliveryStatus = "processing" | "processed" | "ignored" | "rejected";

export interface DeliveryRecord {
  webhookId: string;
  status: DeliveryStatus;
  eventType?: string;
  problemCode?: string;
  problemErrors?: SchemaError[];
  /** How many violations there were in all (problemErrors lists the first 20). */
  problemErrorCount?: number;
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
  problem_error_count: number | null;
  received_at: string;
  claimed_at: string;
  delivery_count: number;
}

/** True when this request inserted the row and so owns the delivery's processing. */
export async function claimDelivery(db: D1Database, { tenant, webhookId }: DeliveryKey, now: string): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `INSERT INTO webhook_deliveries (tenant, webhook_id, status, received_at, claimed_at, last_received_at)
       VALUES (?, ?, 'processing', ?, ?, ?) ON CONFLICT (tenant, webhook_id) DO NOTHING`,
    )
    .bind(tenant, webhookId, now, now, now)
    .run();
  return meta.changes === 1;
}

/** Counts a redelivery of a claimed id and answers the row as it stands. */
export async function noteRedelivery(
  db: D1Database,
  { tenant, webhookId }: DeliveryKey,
  now: string,
): Promise<DeliveryRecord | undefined> {
  const row = await db
    .prepare(
      `UPDATE webhook_deliveries SET delivery_count = delivery_count + 1, last_received_at = ? WHERE tenant = ? AND webhook_id = ? RETURNING *`,
    )
    .bind(now, tenant, webhookId)
    .first<DeliveryRow>();
  return row ? fromRow(row) : undefined;
}

/** Takes over a claim whose holder stopped before finishing (claimed before `staleBefore`). */
export async function takeOverStaleClaim(
  db: D1Database,
  { tenant, webhookId }: DeliveryKey,
  now: string,
  staleBefore: string,
): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `UPDATE webhook_deliveries SET claimed_at = ? WHERE tenant = ? AND webhook_id = ? AND status = 'processing' AND claimed_at < ?`,
    )
    .bind(now, tenant, webhookId, staleBefore)
    .run();
  return meta.changes === 1;
}

/** Gives a claim back after an internal failure, so the sender's retry processes it afresh. */
export async function releaseClaim(db: D1Database, { tenant, webhookId }: DeliveryKey): Promise<void> {
  await db
    .prepare(`DELETE FROM webhook_deliveries WHERE tenant = ? AND webhook_id = ? AND status = 'processing'`)
    .bind(tenant, webhookId)
    .run();
}

export async function markIgnored(
  db: D1Database,
  { tenant, webhookId }: DeliveryKey,
  eventType: string,
  now: string,
): Promise<void> {
  await db
    .prepare(
      `UPDATE webhook_deliveries SET status = 'ignored', event_type = ?, completed_at = ? WHERE tenant = ? AND webhook_id = ? AND status = 'processing'`,
    )
    .bind(eventType, now, tenant, webhookId)
    .run();
}

export async function markRejected(
  db: D1Database,
  { tenant, webhookId }: DeliveryKey,
  rejection: { eventType?: string; code: string; errors?: SchemaError[]; errorCount?: number },
  now: string,
): Promise<void> {
  await db
    .prepare(
      `UPDATE webhook_deliveries SET status = 'rejected', event_type = ?, problem_code = ?, problem_errors = ?, problem_error_count = ?, completed_at = ?
       WHERE tenant = ? AND webhook_id = ? AND status = 'processing'`,
    )
    .bind(
      rejection.eventType ?? null,
      rejection.code,
      rejection.errors ? JSON.stringify(rejection.errors) : null,
      rejection.errorCount ?? null,
      now,
      tenant,
      webhookId,
    )
    .run();
}

/** Stores the result and completes the delivery in one transaction: both or neither. */
export async function markProcessed(
  db: D1Database,
  { tenant, webhookId }: DeliveryKey,
  eventType: string,
  stored: StoredValidation,
): Promise<void> {
  await db.batch([
    insertValidation(db, tenant, { ...stored, webhookId }),
    db
      .prepare(
        `UPDATE webhook_deliveries SET status = 'processed', event_type = ?, completed_at = ? WHERE tenant = ? AND webhook_id = ? AND status = 'processing'`,
      )
      .bind(eventType, stored.validatedAt, tenant, webhookId),
  ]);
}

function fromRow(row: DeliveryRow): DeliveryRecord {
  return {
    webhookId: row.webhook_id,
    status: row.status,
    ...(row.event_type ? { eventType: row.event_type } : {}),
    ...(row.problem_code ? { problemCode: row.problem_code } : {}),
    ...(row.problem_errors ? { problemErrors: JSON.parse(row.problem_errors) as SchemaError[] } : {}),
    ...(row.problem_error_count !== null ? { problemErrorCount: row.problem_error_count } : {}),
    receivedAt: row.received_at,
    claimedAt: row.claimed_at,
    deliveryCount: row.delivery_count,
  };
}
