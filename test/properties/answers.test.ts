// Properties of the HTTP answers, over generated encounters (fast-check, seeded and bounded):
// no input gets a 5xx, every answer is one the OpenAPI document describes, and the same
// input always gets the same bytes back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiDocument } from "../../worker/routes/openapi.ts";
import { answerChecker } from "../openapi/answer-conformance.ts";
import { callApp } from "../helpers/call-app.ts";
import { mutatedEncounter, plausibleEncounter, propertySeed } from "./encounter-arbitraries.ts";

const check = answerChecker(apiDocument());

async function answer(path: string, body: string, contentType = "application/json") {
  const response = await callApp(path, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: response.status, contentType: response.headers.get("content-type"), body: await response.text() };
}

const anyEncounter = fc.oneof(plausibleEncounter as fc.Arbitrary<unknown>, mutatedEncounter);

describe("answers to generated encounters", () => {
  it("are never a 5xx and always match the OpenAPI document, on /validate", async () => {
    await fc.assert(
      fc.asyncProperty(anyEncounter, async (encounter) => {
        const reply = await answer("/v1/encounters/validate", JSON.stringify(encounter));
        expect(reply.status).toBeLessThan(500);
        expect(check({ method: "POST", path: "/v1/encounters/validate", ...reply })).toEqual([]);
      }),
      { seed: propertySeed, numRuns: 150 },
    );
  });

  it("are never a 5xx and always match the OpenAPI document, line by line on /validate/batch", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyEncounter, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (encounters, asNdjson) => {
          const body = asNdjson
            ? encounters.map((encounter) => JSON.stringify(encounter)).join("\n")
            : JSON.stringify(encounters);
          const reply = await answer(
            "/v1/encounters/validate/batch",
            body,
            asNdjson ? "application/x-ndjson" : "application/json",
          );
          expect(reply.status).toBeLessThan(500);
          expect(check({ method: "POST", path: "/v1/encounters/validate/batch", ...reply })).toEqual([]);
        },
      ),
      { seed: propertySeed, numRuns: 40 },
    );
  });

  it("are byte for byte the same for the same input", async () => {
    await fc.assert(
      fc.asyncProperty(anyEncounter, async (encounter) => {
        const body = JSON.stringify(encounter);
        const first = await answer("/v1/encounters/validate", body);
        const second = await answer("/v1/encounters/validate", body);
        expect(second).toEqual(first);
      }),
      { seed: propertySeed, numRuns: 60 },
    );
  });
});
