import { afterEach, describe, expect, it, vi } from "vitest";
import { callApp } from "../helpers/call-app.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";
import { validationRows } from "../helpers/stored-rows.ts";

function validateBatch(encounters: unknown[], storeApiResults = "true") {
  return callApp(
    "/v1/encounters/validate/batch",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(encounters) },
    { storeApiResults },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("POST /v1/encounters/validate/batch and storage", () => {
  it("stores every validated encounter's answer under its encounterId, received via the API", async () => {
    const encounters = Array.from({ length: 30 }, (_, index) =>
      encounterWith([timed("97110", 20 + index)], { encounterId: `batch-${crypto.randomUUID()}` }),
    );
    const response = await validateBatch(encounters);
    expect(response.headers.get("result-stored")).toBe("true");
    const answers = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));

    for (const [index, encounter] of encounters.entries()) {
      const rows = await validationRows(encounter.encounterId);
      expect(rows).toEqual([expect.objectContaining({ received_via: "api", webhook_id: null })]);
      expect(JSON.parse(rows[0]!.result)).toEqual(answers[index]);
    }
  });

  it("stores nothing for an encounter answered with a problem", async () => {
    const good = encounterWith([timed("97110", 30)], { encounterId: `batch-${crypto.randomUUID()}` });
    const bad = encounterWith([], { encounterId: `batch-${crypto.randomUUID()}` });
    const response = await validateBatch([good, bad]);
    expect(response.status).toBe(200);
    expect(await validationRows(good.encounterId)).toHaveLength(1);
    expect(await validationRows(bad.encounterId)).toEqual([]);
  });

  it("stores nothing, and says so, where the deployment does not store API results", async () => {
    const encounter = encounterWith([timed("97110", 30)], { encounterId: `batch-${crypto.randomUUID()}` });
    const response = await validateBatch([encounter], "");
    expect(response.headers.get("result-stored")).toBe("false");
    expect(await validationRows(encounter.encounterId)).toEqual([]);
  });
});
