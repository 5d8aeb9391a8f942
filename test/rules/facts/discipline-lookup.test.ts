import { describe, expect, it } from "vitest";
import { createEvaluationContext } from "../../../worker/rules/evaluation-context.ts";
import { orList, providerDiscipline, therapyModifiersOf } from "../../../worker/rules/facts/discipline-lookup.ts";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { shippedTables } from "../../helpers/fact-values.ts";

const contextFor = (discipline: "PT" | "OTA" | "LMT") =>
  createEvaluationContext(encounterWith([timed("97110", 30)], { provider: { discipline } }), shippedTables);

describe("therapyModifiersOf", () => {
  it("reads GP, GO and GN from the disciplines table, in CMS's order", () => {
    expect(therapyModifiersOf(contextFor("PT"))).toEqual(["GP", "GO", "GN"]);
  });
});

describe("providerDiscipline", () => {
  it("gives an assistant's plan-of-care and assistant modifiers", () => {
    expect(providerDiscipline(contextFor("OTA"))).toEqual({
      discipline: "OTA",
      entry: expect.objectContaining({ therapyModifier: "GO", assistantModifier: "CO" }),
    });
  });

  it("gives a massage therapist no therapy modifier", () => {
    expect(providerDiscipline(contextFor("LMT")).entry.therapyModifier).toBeUndefined();
  });
});

describe("orList", () => {
  it("reads a list as a choice", () => {
    expect(orList(["GP", "GO", "GN"])).toBe("GP, GO or GN");
    expect(orList(["GP", "GO"])).toBe("GP or GO");
    expect(orList(["GP"])).toBe("GP");
    expect(orList([])).toBe("");
  });
});
