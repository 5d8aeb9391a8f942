// Reads D1 rows directly, so tests assert on what was stored rather than on what was answered.
import { env } from "cloudflare:workers";

export interface DeliveryRow {
  tenant: string;
  webhook_id: string;
  status: string;
  event_type: string | null;
  problem_code: string | null;
  problem_errors: string | null;
  delivery_count: number;
}

export interface ValidationRow {
  tenant: string;
  encounter_id: string;
  status: string;
  ruleset_version: string;
  ruleset_hash: string;
  received_via: string;
  webhook_id: string | null;
  validated_at: string;
  result: string;
}

export async function deliveryRows(webhookId: string): Promise<DeliveryRow[]> {
  const { results } = await env.DB.prepare("SELECT * FROM webhook_deliveries WHERE webhook_id = ?")
    .bind(webhookId)
    .all<DeliveryRow>();
  return results;
}

export async function validationRows(encounterId: string): Promise<ValidationRow[]> {
  const { results } = await env.DB.prepare("SELECT * FROM validation_results WHERE encounter_id = ? ORDER BY id")
    .bind(encounterId)
    .all<ValidationRow>();
  return results;
}
