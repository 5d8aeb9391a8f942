import { describe, expect, it } from "vitest";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import { parseWebhookEvent, validateCompletedEncounter } from "../../worker/webhooks/parse-webhook-event.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

function thrownBy(run: () => unknown): ProblemError {
  try {
    run();
  } catch (error) {
    return error as ProblemError;
  }
  throw new Error("expected a ProblemError");
}

describe("parseWebhookEvent", () => {
  it("reads a Standard Webhooks envelope, timestamp included", () => {
    const event = { type: "encounter.completed", timestamp: "2026-11-02T10:00:00Z", data: { encounterId: "enc-1" } };
    expect(parseWebhookEvent(JSON.stringify(event))).toEqual(event);
  });

  it("refuses a body that is not JSON as malformed-json", () => {
    expect(thrownBy(() => parseWebhookEvent("{")).code).toBe("malformed-json");
  });

  it("lists what the envelope lacks, with JSON pointers", () => {
    const error = thrownBy(() => parseWebhookEvent(JSON.stringify({ data: {} })));
    expect(error.code).toBe("invalid-webhook-event");
    expect(error.extensions.errors).toContainEqual(expect.objectContaining({ pointer: "/type", keyword: "required" }));
  });

  it("refuses an event type with spaces, since the type is stored", () => {
    const error = thrownBy(() => parseWebhookEvent(JSON.stringify({ type: "encounter completed", data: {} })));
    expect(error.extensions.errors).toContainEqual(expect.objectContaining({ pointer: "/type", keyword: "pattern" }));
  });
});

describe("validateCompletedEncounter", () => {
  it("validates the data as the validate API does", async () => {
    const result = await validateCompletedEncounter(
      { type: "encounter.completed", data: encounterWith([timed("97110", 30)]) as never },
      shippedRulesets,
    );
    expect(result).toMatchObject({ encounterId: "enc-test", billing: { totalTimedUnits: 2 } });
  });

  it("points schema errors into /data of the delivery", async () => {
    const error = await validateCompletedEncounter(
      { type: "encounter.completed", data: { ...encounterWith([timed("97110", -5)]), extra: 1 } },
      shippedRulesets,
    ).catch((thrown: ProblemError) => thrown);
    expect(error).toBeInstanceOf(ProblemError);
    const pointers = (error as ProblemError).extensions.errors?.map((entry) => entry.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/data/services/0/minutes", "/data/extra"]));
  });
});
