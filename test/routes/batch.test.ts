import { describe, expect, it } from "vitest";
import type { Encounter } from "../../worker/generated/types/encounter.ts";
import { batchBodyLimitBytes, maxBatchEncounters } from "../../worker/http/read-batch-body.ts";
import { callWorker, postJson } from "../helpers/call-worker.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

const batchPath = "/v1/encounters/validate/batch";

function postNdjson(path: string, text: string): Promise<Response> {
  return callWorker(path, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: text });
}

// Read as bytes: workerd warns when .text() meets a media type it does not know to be text.
async function answerText(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

async function answerLines(response: Response): Promise<any[]> {
  const text = await answerText(response);
  expect(text.endsWith("\n")).toBe(true);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line));
}

function numbered(count: number): Encounter[] {
  // Different service counts and minutes, so each answer is recognisably its own encounter's.
  return Array.from({ length: count }, (_, index) =>
    encounterWith(
      Array.from({ length: (index % 4) + 1 }, (_unused, line) => timed("97110", 8 + ((index + line) % 30))),
      { encounterId: `enc-${index}` },
    ),
  );
}

describe("POST /v1/encounters/validate/batch", () => {
  it("answers a JSON array with one NDJSON result per encounter", async () => {
    const response = await postJson(batchPath, [
      encounterWith([timed("97110", 33), timed("97140", 7, { units: 1 })]),
      encounterWith([timed("97110", 7)]),
    ]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const [first, second] = await answerLines(response);
    expect(first.billing).toMatchObject({ unitMethod: "cms", totalTimedMinutes: 40, totalTimedUnits: 3 });
    expect(second.billing).toMatchObject({ totalTimedMinutes: 7, totalTimedUnits: 0 });
    expect(second.findings).toContainEqual(expect.objectContaining({ ruleId: "units.cms.below-minimum" }));
  });

  it("answers an NDJSON body exactly as the same encounters sent as a JSON array", async () => {
    const encounters = numbered(12);
    const fromArray = await answerText(await postJson(batchPath, encounters));
    const response = await postNdjson(batchPath, encounters.map((encounter) => JSON.stringify(encounter)).join("\n"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    expect(await answerText(response)).toBe(fromArray);
  });

  it("answers each encounter with what /validate answers for it alone", async () => {
    const encounters = numbered(5);
    const lines = await answerLines(await postJson(batchPath, encounters));
    for (const [index, encounter] of encounters.entries()) {
      const single = await (await postJson("/v1/encounters/validate", encounter)).json();
      expect(lines[index]).toEqual(single);
    }
  });

  it("keeps the order of the encounters sent", async () => {
    const encounters = numbered(40).reverse();
    const lines = await answerLines(await postJson(batchPath, encounters));
    expect(lines.map((line) => line.encounterId)).toEqual(encounters.map((encounter) => encounter.encounterId));
  });

  it("answers a malformed NDJSON line with its own problem, with its index and line, amid good results", async () => {
    const [first, third] = numbered(2);
    const body = `${JSON.stringify(first)}\n{"encounterId": "enc-broken", \n${JSON.stringify(third)}\n`;
    const response = await postNdjson(batchPath, body);
    expect(response.status).toBe(200);
    const lines = await answerLines(response);
    expect(lines).toHaveLength(3);
    expect(lines[0].encounterId).toBe("enc-0");
    expect(lines[1]).toMatchObject({
      type: "/problems/malformed-json",
      status: 400,
      code: "malformed-json",
      index: 1,
      line: 2,
      instance: batchPath,
    });
    expect(lines[2].encounterId).toBe("enc-1");
  });

  it("answers an encounter off the schema with its own problem listing the pointers, amid good results", async () => {
    const [good, alsoGood] = numbered(2);
    const bad = { ...encounterWith([{ code: "97110", minutes: -1 }]), extra: true };
    const lines = await answerLines(await postJson(batchPath, [good, bad, alsoGood]));
    expect(lines.map((line) => line.encounterId ?? line.code)).toEqual(["enc-0", "schema-violation", "enc-1"]);
    expect(lines[1]).toMatchObject({ status: 422, index: 1 });
    expect(lines[1].line).toBeUndefined();
    expect(lines[1].errors.map((error: { pointer: string }) => error.pointer)).toEqual(
      expect.arrayContaining(["/services/0/minutes", "/extra"]),
    );
  });

  it("answers an encounter no release covers with its own no-ruleset-for-date problem", async () => {
    const [good] = numbered(1);
    const lines = await answerLines(
      await postJson(batchPath, [encounterWith([timed("97110", 30)], { dateOfService: "1999-01-04" }), good]),
    );
    expect(lines[0]).toMatchObject({ code: "no-ruleset-for-date", status: 422, index: 0 });
    expect(lines[1].encounterId).toBe("enc-0");
  });

  it("answers a line that is JSON but not an encounter object with a schema problem", async () => {
    const lines = await answerLines(await postNdjson(batchPath, '42\n"text"\n'));
    expect(lines).toMatchObject([
      { code: "schema-violation", index: 0, line: 1 },
      { code: "schema-violation", index: 1, line: 2 },
    ]);
  });

  it("validates every encounter by the pinned ?ruleset=", async () => {
    const listed = await (await callWorker("/v1/rulesets")).json<any>();
    const version = listed.rulesets[0].version;
    const lines = await answerLines(await postJson(`${batchPath}?ruleset=${version}`, numbered(3)));
    expect(lines.map((line) => line.ruleset.version)).toEqual([version, version, version]);
  });

  it("answers 404 for the whole request when the pinned ruleset is unknown", async () => {
    const response = await postJson(`${batchPath}?ruleset=1999.1.0`, numbered(2));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  // A thousand validations through workerd take a while on a loaded machine; the limit is not what is tested.
  it("accepts 1,000 encounters as a JSON array and answers 1,000 lines", { timeout: 60_000 }, async () => {
    const encounters = numbered(maxBatchEncounters);
    const response = await postJson(batchPath, encounters);
    expect(response.status).toBe(200);
    const lines = await answerLines(response);
    expect(lines).toHaveLength(1000);
    expect(lines[999].encounterId).toBe("enc-999");
  });

  it("accepts 1,000 NDJSON lines followed by blank lines", { timeout: 60_000 }, async () => {
    const body = `${numbered(maxBatchEncounters)
      .map((encounter) => JSON.stringify(encounter))
      .join("\n")}\n\n\n`;
    const lines = await answerLines(await postNdjson(batchPath, body));
    expect(lines).toHaveLength(1000);
  });

  it("refuses 1,001 encounters as a JSON array with 413 batch-too-large, validating none", async () => {
    const response = await postJson(batchPath, numbered(maxBatchEncounters + 1));
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "batch-too-large", status: 413 });
  });

  it("refuses 1,001 NDJSON lines with 413 batch-too-large, even when some lines are not JSON", async () => {
    const lines = numbered(maxBatchEncounters).map((encounter) => JSON.stringify(encounter));
    const response = await postNdjson(batchPath, [...lines, "{not json"].join("\n"));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "batch-too-large" });
  });

  it("leaves room in the body limit for 1,000 encounters at the schema's limits", () => {
    const fullService = {
      code: "97110",
      minutes: 1440,
      units: 999,
      modifiers: ["GP", "59", "XE", "KX"],
      description: "d".repeat(80),
    };
    const fullEncounter = encounterWith(
      Array.from({ length: 50 }, () => fullService),
      {
        encounterId: "e".repeat(100),
        diagnoses: Array.from({ length: 12 }, () => "M54.5000"),
      },
    );
    const bytes = new TextEncoder().encode(
      JSON.stringify(Array.from({ length: maxBatchEncounters }, () => fullEncounter)),
    ).byteLength;
    expect(bytes).toBeLessThan(batchBodyLimitBytes);
  });

  it("refuses a body over the batch limit with 413 payload-too-large", async () => {
    const response = await postNdjson(batchPath, "x".repeat(batchBodyLimitBytes + 1));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "payload-too-large" });
  });

  it("answers an empty batch with an empty answer", async () => {
    const fromArray = await postJson(batchPath, []);
    expect(fromArray.status).toBe(200);
    expect(await answerText(fromArray)).toBe("");
    const fromNdjson = await postNdjson(batchPath, "\n");
    expect(fromNdjson.status).toBe(200);
    expect(await answerText(fromNdjson)).toBe("");
  });

  it("answers 422 invalid-batch for a JSON body that is not an array", async () => {
    const response = await postJson(batchPath, encounterWith([timed("97110", 30)]));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "invalid-batch" });
  });

  it("answers 400 for a JSON array body that does not parse", async () => {
    const response = await callWorker(batchPath, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "[{",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "malformed-json" });
  });

  it("answers 415 for a body sent as text/plain", async () => {
    const response = await callWorker(batchPath, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "[]",
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: "unsupported-media-type" });
  });

  it("answers 405 with an Allow header for GET", async () => {
    const response = await callWorker(batchPath);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});
