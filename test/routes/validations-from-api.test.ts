import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callApp } from "../helpers/call-app.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { validationRows } from "../helpers/stored-rows.ts";

function validate(encounter: unknown, configuration = {}) {
  return callApp("/v1/encounters/validate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(encounter) }, configuration);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("POST /v1/encounters/validate and storage", () => {
  it("stores its answer under the encounterId, received via the API", async () => {
    const encounter = encounterWith([timed("97110", 33)], { encounterId: `enc-${crypto.randomUUID()}` });
    const response = await validate(encounter);
    const result = await response.json<any>();

    const rows = await validationRows(encounter.encounterId);
    expect(rows).toEqual([expect.objectContaining({ received_via: "api", webhook_id: null, status: result.status, ruleset_version: result.ruleset.version })]);
    expect(JSON.parse(rows[0]!.result)).toEqual(result);
  });

  it("stores nothing for an encounter the schema refuses", async () => {
    const encounterId = `enc-${crypto.randomUUID()}`;
    const response = await validate(encounterWith([], { encounterId }));
    expect(response.status).toBe(422);
    expect(await validationRows(encounterId)).toEqual([]);
  });

  it("still answers when D1 fails, logging the failure without the body", async () => {
    const unavailable = new Proxy(env.DB, {
      get: (_target, property) => (property === "prepare" ? () => { throw new Error("D1_ERROR: database unavailable"); } : undefined),
    });
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const encounter = encounterWith([timed("97110", 33)], { encounterId: `enc-${crypto.randomUUID()}` });

    const response = await validate(encounter, { db: unavailable });

    expect(response.status).toBe(200);
    expect((await response.json<any>()).encounterId).toBe(encounter.encounterId);
    expect(warnings).toHaveBeenCalledOnce();
    const logged = String(warnings.mock.calls[0]![0]);
    expect(logged).toContain("storage-failed");
    expect(logged).not.toContain(encounter.encounterId);
  });
});
