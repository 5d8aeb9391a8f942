import { describe, expect, it } from "vitest";
import { callWorker, postJson } from "../helpers/call-worker.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

const kibibytes64 = 64 * 1024;

// 50,000 diagnoses that are numbers: each one breaks the schema (and the list is too long).
const brokenEncounter = encounterWith([timed("97110", 30)], { diagnoses: new Array(50_000).fill(0) });

describe("an answer to a body with 50,000 schema violations", () => {
  it("lists the first 20 with the total and stays under 64 KiB", async () => {
    const response = await postJson("/v1/encounters/validate", brokenEncounter);
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text.length).toBeLessThan(kibibytes64);
    const problem = JSON.parse(text);
    expect(problem.errors).toHaveLength(20);
    expect(problem.errorCount).toBe(50_001);
    expect(problem.detail).toContain("50001 errors; the first 20 are listed");
  });

  it("stays under 64 KiB on its own NDJSON batch line", async () => {
    const body = `${JSON.stringify(brokenEncounter)}\n${JSON.stringify(encounterWith([timed("97110", 30)]))}\n`;
    const response = await callWorker("/v1/encounters/validate/batch", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body,
    });
    expect(response.status).toBe(200);
    const [problemLine, resultLine] = (await response.text()).trimEnd().split("\n");
    expect(problemLine!.length).toBeLessThan(kibibytes64);
    expect(JSON.parse(problemLine!)).toMatchObject({ code: "schema-violation", index: 0, errorCount: 50_001 });
    expect(JSON.parse(resultLine!)).toMatchObject({ encounterId: "enc-test" });
  });
});
