// Stored validation results, keyed by encounterId: every answer is kept, the newest is the
// current one. Only the answer is stored, never the encounter that was sent.
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
export function insertValidation(db: D1Database, stored: StoredValidation): D1PreparedStatement {
  const { result } = stored;
  return db
    .prepare(
      `INSERT INTO validation_results (encounter_id, status, ruleset_version, ruleset_hash, received_via, webhook_id, validated_at, result)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(result.encounterId, result.status, result.ruleset.version, result.ruleset.hash, stored.receivedVia, stored.webhookId ?? null, stored.validatedAt, JSON.stringify(result));
}

export async function recordValidation(db: D1Database, stored: StoredValidation): Promise<void> {
  await insertValidation(db, stored).run();
}

// D1 binds at most 100 values per statement: 12 rows of 8 columns each.
const rowsPerStatement = 12;

/** Many results in one D1 batch (one transaction), a multi-row INSERT per 12 results. */
export async function recordValidations(db: D1Database, stored: readonly StoredValidation[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < stored.length; start += rowsPerStatement) {
    const chunk = stored.slice(start, start + rowsPerStatement);
    const placeholders = chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
    const values = chunk.flatMap(({ result, receivedVia, webhookId, validatedAt }) => [
      result.encounterId,
      result.status,
      result.ruleset.version,
      result.ruleset.hash,
      receivedVia,
      webhookId ?? null,
      validatedAt,
      JSON.stringify(result),
    ]);
    statements.push(
      db
        .prepare(`INSERT INTO validation_results (encounter_id, status, ruleset_version, ruleset_hash, received_via, webhook_id, validated_at, result) VALUES ${placeholders}`)
        .bind(...values),
    );
  }
  if (statements.length > 0) await db.batch(statements);
}

/** The encounter's stored validations, newest first. */
export async function listValidations(db: D1Database, encounterId: string, limit: number): Promise<StoredValidation[]> {
  const { results } = await db
    .prepare(`SELECT result, received_via, validated_at, webhook_id FROM validation_results WHERE encounter_id = ? ORDER BY id DESC LIMIT ?`)
    .bind(encounterId, limit)
    .all<ValidationRow>();
  return results.map(fromRow);
}

export async function findValidationByWebhookId(db: D1Database, webhookId: string): Promise<StoredValidation | undefined> {
  const row = await db
    .prepare(`SELECT result, received_via, validated_at, webhook_id FROM validation_results WHERE webhook_id = ?`)
    .bind(webhookId)
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
