import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callApp, type TestConfiguration } from "../helpers/call-app.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { validationRows } from "../helpers/stored-rows.ts";

const storing: TestConfiguration = { storeApiResults: "true" };

function validate(encounter: unknown, configuration: TestConfiguration = storing) {
  return callApp(
    "/v1/encounters/validate",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(encounter) },
    configuration,
  );
}

const newEncounter = () => encounterWith([timed("97110", 33)], { encounterId: `enc-${crypto.randomUUID()}` });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("POST /v1/encounters/validate where the deployment stores API results", () => {
  it("stores its answer under the encounterId, received via the API, and says so", async () => {
    const encounter = newEncounter();
    const response = await validate(encounter);
    const result = await response.json<any>();
    expect(response.headers.get("result-stored")).toBe("true");

    const rows = await validationRows(encounter.encounterId);
    expect(rows).toEqual([
      expect.objectContaining({
        tenant: "default",
        received_via: "api",
        webhook_id: null,
        status: result.status,
        ruleset_version: result.ruleset.version,
      }),
    ]);
    expect(JSON.parse(rows[0]!.result)).toEqual(result);
  });

  it("stores the answer under the tenant of the key that asked", async () => {
    const encounter = newEncounter();
    const response = await callApp(
      `/v1/encounters/validate`,
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer key-a" },
        body: JSON.stringify(encounter),
      },
      { ...storing, apiKeys: "clinic-a:key-a" },
    );
    expect(response.status).toBe(200);
    expect((await validationRows(encounter.encounterId)).map((row) => row.tenant)).toEqual(["clinic-a"]);
  });

  it("stores nothing for an encounter the schema refuses", async () => {
    const encounterId = `enc-${crypto.randomUUID()}`;
    const response = await validate(encounterWith([], { encounterId }));
    expect(response.status).toBe(422);
    expect(await validationRows(encounterId)).toEqual([]);
  });

  it("still answers when D1 fails, says the answer was not stored, and logs the failure without the body", async () => {
    const unavailable = new Proxy(env.DB, {
      get: (_target, property) =>
        property === "prepare"
          ? () => {
              throw new Error("D1_ERROR: database unavailable");
            }
          : undefined,
    });
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const encounter = newEncounter();

    const response = await validate(encounter, { ...storing, db: unavailable });

    expect(response.status).toBe(200);
    expect(response.headers.get("result-stored")).toBe("false");
    expect((await response.json<any>()).encounterId).toBe(encounter.encounterId);
    expect(warnings).toHaveBeenCalledOnce();
    const logged = String(warnings.mock.calls[0]![0]);
    expect(logged).toContain("storage-failed");
    expect(logged).not.toContain(encounter.encounterId);
  });
});

describe("POST /v1/encounters/validate where the deployment does not store API results (the default)", () => {
  it.each([undefined, "", "false", "yes"])(
    "stores nothing and says so when STORE_API_RESULTS is %j",
    async (setting) => {
      const encounter = newEncounter();
      const response = await validate(encounter, { storeApiResults: setting });
      expect(response.status).toBe(200);
      expect(response.headers.get("result-stored")).toBe("false");
      expect(await validationRows(encounter.encounterId)).toEqual([]);
    },
  );
});
