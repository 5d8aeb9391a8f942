import { describe, expect, it } from "vitest";
import type { ProblemError } from "../../worker/errors/problem-error.ts";
import { parseEncounter } from "../../worker/validation/validate-encounter.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

function violations(body: unknown) {
  try {
    parseEncounter(body);
  } catch (error) {
    return (error as ProblemError).extensions.errors ?? [];
  }
  throw new Error("expected a schema violation");
}

describe("parseEncounter", () => {
  it("accepts the contract's example", () => {
    const encounter = encounterWith([timed("97110", 33), timed("97140", 7, { units: 1 })]);
    expect(parseEncounter(encounter)).toBe(encounter);
  });

  it("points at a missing required property by its own pointer", () => {
    const { services: _services, ...withoutServices } = encounterWith([timed("97110", 10)]);
    expect(violations(withoutServices)).toContainEqual({
      pointer: "/services",
      message: "is required",
      keyword: "required",
    });
  });

  it("rejects a date that does not exist, like 2026-02-30", () => {
    expect(violations(encounterWith([timed("97110", 10)], { dateOfService: "2026-02-30" }))[0]).toMatchObject({
      pointer: "/dateOfService",
      keyword: "format",
    });
  });

  it("names the allowed payer types", () => {
    const body = { ...encounterWith([timed("97110", 10)]), payer: { type: "medicaire" } };
    expect(violations(body)[0]!.message).toContain("medicare, medicaid");
  });

  it("lists every violation, not just the first", () => {
    const body = encounterWith([{ code: "9711", minutes: -5, modifiers: ["GP", "GP"] }], {
      diagnoses: [] as unknown as string[],
    });
    const pointers = violations(body).map((entry) => entry.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(["/diagnoses", "/services/0/code", "/services/0/minutes", "/services/0/modifiers"]),
    );
  });

  it("rejects a body that is not an object", () => {
    expect(violations([1, 2])[0]).toMatchObject({ pointer: "", keyword: "type" });
  });

  it("rejects more than 50 services and more than 4 modifiers", () => {
    const many = Array.from({ length: 51 }, () => timed("97110", 8));
    expect(violations(encounterWith(many)).map((entry) => entry.pointer)).toContain("/services");
    const modifiers = encounterWith([timed("97110", 8, { modifiers: ["GP", "59", "XS", "KX", "XE"] })]);
    expect(violations(modifiers).map((entry) => entry.pointer)).toContain("/services/0/modifiers");
  });
});
