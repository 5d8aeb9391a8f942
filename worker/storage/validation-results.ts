// Stored validation results, keyed by tenant and encounterId: every answer is kept, the newest
// is the current one. Only the answer is stored, never the encounter that was sent; a tenant
// reads only its own rows.
import type { ValidationResult } from "../generated/types/validation-result.ts";

export type ReceivedVia = "webhook" | "api";

export interface StoredValidation {
  result: ValidationResult;
  receivedVia: ReceivedVia;
  /** ISO 8601 instant. */
  validatedAt: string;
  /** The delivery's webhook-id, for webhook results. */
  webhookId?: string;
}

interface ValidationRow {
  result: string;
  received_via: ReceivedVia;
  validated_at: string;
  webhook_id: string | null;
}

/** A statement rather than a call, so a webhook can store it in one batch with its delivery. */
const insertColumns =
  "tenant, encounter_id, status, ruleset_version, ruleset_hash, received_via, webhook_id, validated_at, result";
const rowPlaceholders = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

function rowValues(tenant: string, { result, receivedVia, webhookId, validatedAt }: StoredValidation): unknown[] {
  return [
    tenant,
    result.encounterId,
    result.status,
    result.ruleset.version,
    result.ruleset.hash,
    receivedVia,
    webhookId ?? null,
    validatedAt,
    JSON.stringify(result),
  ];
}

/** A statement rather than a call, so a webhook can store it in one batch with its delivery. */
export function insertValidation(db: D1Database, tenant: string, stored: StoredValidation): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO validation_results (${insertColumns}) VALUES ${rowPlaceholders}`)
    .bind(...rowValues(tenant, stored));
}

export async function recordValidation(db: D1Database, tenant: string, stored: StoredValidation): Promise<void> {
  await insertValidation(db, tenant, stored).run();
}

// D1 binds at most 100 values per statement: 11 rows of 9 columns each.
const rowsPerStatement = 11;

/** Many results in one D1 batch (one transaction), a multi-row INSERT per 11 results. */
export async function recordValidations(
  db: D1Database,
  tenant: string,
  stored: readonly StoredValidation[],
): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < stored.length; start += rowsPerStatement) {
    const chunk = stored.slice(start, start + rowsPerStatement);
    const placeholders = chunk.map(() => rowPlaceholders).join(", ");
    statements.push(
      db
        .prepare(`INSERT INTO validation_results (${insertColumns}) VALUES ${placeholders}`)
        .bind(...chunk.flatMap((row) => rowValues(tenant, row))),
    );
  }
  if (statements.length > 0) await db.batch(statements);
}

/** The encounter's stored validations, newest first. */
export async function listValidations(
  db: D1Database,
  tenant: string,
  encounterId: string,
  limit: number,
): Promise<StoredValidation[]> {
  const { results } = await db
    .prepare(
      `SELECT result, received_via, validated_at, webhook_id FROM validation_results WHERE tenant = ? AND encounter_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .bind(tenant, encounterId, limit)
    .all<ValidationRow>();
  return results.map(fromRow);
}

export async function findValidationByWebhookId(
  db: D1Database,
  tenant: string,
  webhookId: string,
): Promise<StoredValidation | undefined> {
  const row = await db
    .prepare(
      `SELECT result, received_via, validated_at, webhook_id FROM validation_results WHERE tenant = ? AND webhook_id = ?`,
    )
    .bind(tenant, webhookId)
    .first<ValidationRow>();
  return row ? fromRow(row) : undefined;
}

function fromRow(row: ValidationRow): StoredValidation {
  return {
    result: JSON.parse(row.result) as ValidationResult,
    receivedVia: row.received_via,
    validatedAt: row.validated_at,
    ...(row.webhook_id ? { webhookId: row.webhook_id } : {}),
  };
}
