import { describe, expect, it } from "vitest";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { factItems } from "../../helpers/fact-values.ts";
import { shippedRulesets } from "../../../worker/rules/shipped-rulesets.ts";
import { evaluateEncounter } from "../../../worker/validation/evaluate-encounter.ts";

const untimed = (code: string, modifiers: string[] = []) => ({ code, modifiers });

describe("servicesWithoutTherapyModifier", () => {
  it("asks a physical therapist's always-therapy line without GP, GO or GN for GP", () => {
    const items = factItems(
      "servicesWithoutTherapyModifier",
      encounterWith([timed("97110", 30, { modifiers: [] }), timed("97140", 15)]),
    );
    expect(items).toEqual([
      expect.objectContaining({
        service: 0,
        code: "97110",
        expectedModifier: "GP",
        disciplineName: "physical therapist",
        services: [0],
        codes: ["97110"],
      }),
    ]);
  });

  it("asks a physician for GP, GO or GN, since a physician's modifier follows the plan of care", () => {
    const encounter = encounterWith([timed("97110", 30, { modifiers: [] })], { provider: { discipline: "MD" } });
    expect(factItems("servicesWithoutTherapyModifier", encounter)).toEqual([
      expect.objectContaining({ code: "97110", expectedModifier: "GP, GO or GN" }),
    ]);
  });

  it("asks a chiropractor for GP, which Medicare contractors want even on lines billed for a denial", () => {
    const encounter = encounterWith([timed("97110", 30, { modifiers: [] })], { provider: { discipline: "DC" } });
    expect(factItems("servicesWithoutTherapyModifier", encounter)).toEqual([
      expect.objectContaining({ expectedModifier: "GP" }),
    ]);
  });

  it("names no modifier for a massage therapist, who furnishes no therapy plan of care", () => {
    const encounter = encounterWith([timed("97124", 30, { modifiers: [] })], { provider: { discipline: "LMT" } });
    const [item] = factItems("servicesWithoutTherapyModifier", encounter);
    expect(item).toMatchObject({ code: "97124", disciplineName: "licensed massage therapist" });
    expect(item).not.toHaveProperty("expectedModifier");
  });

  it("names the discipline with the article a sentence needs: an athletic trainer, a licensed massage therapist", () => {
    const trainer = encounterWith([timed("97110", 30, { modifiers: [] })], { provider: { discipline: "AT" } });
    const massage = encounterWith([timed("97124", 30, { modifiers: [] })], { provider: { discipline: "LMT" } });
    expect(factItems("servicesWithoutTherapyModifier", trainer)[0]).toMatchObject({
      disciplineWithArticle: "an athletic trainer",
    });
    expect(factItems("servicesWithoutTherapyModifier", massage)[0]).toMatchObject({
      disciplineWithArticle: "a licensed massage therapist",
    });
  });

  it("keeps only disciplines with a modifier to add, or only those without, as withExpectedModifier asks", () => {
    const massage = encounterWith([timed("97124", 30, { modifiers: [] })], { provider: { discipline: "LMT" } });
    const therapy = encounterWith([timed("97110", 30, { modifiers: [] })]);
    expect(factItems("servicesWithoutTherapyModifier", massage, { withExpectedModifier: true })).toEqual([]);
    expect(factItems("servicesWithoutTherapyModifier", massage, { withExpectedModifier: false })).toHaveLength(1);
    expect(factItems("servicesWithoutTherapyModifier", therapy, { withExpectedModifier: true })).toHaveLength(1);
    expect(factItems("servicesWithoutTherapyModifier", therapy, { withExpectedModifier: false })).toEqual([]);
  });

  it("leaves a code the catalog does not mark always-therapy alone", () => {
    expect(factItems("servicesWithoutTherapyModifier", encounterWith([timed("95851", 30, { modifiers: [] })]))).toEqual(
      [],
    );
  });

  it("counts any of GP, GO or GN as present, a wrong one being the mismatch fact's business", () => {
    expect(
      factItems("servicesWithoutTherapyModifier", encounterWith([timed("97110", 30, { modifiers: ["GN"] })])),
    ).toEqual([]);
  });

  it("leaves Medicare's bundled 97010 alone once the bundled-codes rule takes it off the claim", async () => {
    const encounter = encounterWith([untimed("97010"), timed("97110", 30)]);
    const result = await evaluateEncounter(encounter, shippedRulesets.byVersion("2026.4.0"));
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(["bundled-codes.not-separately-paid"]);
  });

  it("leaves a line that earns no unit alone: it is not on the claim", () => {
    expect(
      factItems(
        "servicesWithoutTherapyModifier",
        encounterWith([timed("97110", 30), timed("97140", 5, { modifiers: [] })]),
      ),
    ).toEqual([]);
  });

  it("asks a commercial payer's 97010 for a modifier, since that payer bills it", () => {
    const encounter = encounterWith([untimed("97010")], { payer: { type: "commercial" } });
    expect(factItems("servicesWithoutTherapyModifier", encounter)).toEqual([
      expect.objectContaining({ code: "97010" }),
    ]);
  });
});

describe("therapyModifierMismatches", () => {
  it("finds GP on an occupational therapist's line and names GO as expected", () => {
    const encounter = encounterWith([timed("97530", 30)], { provider: { discipline: "OT" } });
    expect(factItems("therapyModifierMismatches", encounter)).toEqual([
      expect.objectContaining({
        service: 0,
        code: "97530",
        modifier: "GP",
        expectedModifier: "GO",
        disciplineName: "occupational therapist",
      }),
    ]);
  });

  it("finds a second plan-of-care modifier beside the right one", () => {
    const encounter = encounterWith([timed("97110", 30, { modifiers: ["GP", "GO"] })]);
    expect(factItems("therapyModifierMismatches", encounter)).toEqual([
      expect.objectContaining({ modifier: "GO", expectedModifier: "GP" }),
    ]);
  });

  it("checks any line with a plan-of-care modifier, always-therapy or not", () => {
    const encounter = encounterWith([timed("97116", 30, { modifiers: ["GN"] })], { provider: { discipline: "PTA" } });
    expect(factItems("therapyModifierMismatches", encounter)).toEqual([
      expect.objectContaining({ code: "97116", modifier: "GN", expectedModifier: "GP" }),
    ]);
  });

  it("does not check disciplines without a fixed modifier (physicians, massage therapists)", () => {
    for (const discipline of ["MD", "NP", "LMT", "AT"] as const) {
      const encounter = encounterWith([timed("97110", 30, { modifiers: ["GO"] })], { provider: { discipline } });
      expect(factItems("therapyModifierMismatches", encounter)).toEqual([]);
    }
  });
});

describe("servicesWithoutAssistantModifier", () => {
  it("asks a physical therapist assistant's therapy line for CQ beside GP", () => {
    const encounter = encounterWith([timed("97110", 30)], { provider: { discipline: "PTA" } });
    expect(factItems("servicesWithoutAssistantModifier", encounter)).toEqual([
      expect.objectContaining({ service: 0, code: "97110", assistantModifier: "CQ", therapyModifier: "GP" }),
    ]);
  });

  it("asks an occupational therapy assistant's line for CO beside GO", () => {
    const encounter = encounterWith([timed("97530", 30, { modifiers: ["GO"] })], { provider: { discipline: "OTA" } });
    expect(factItems("servicesWithoutAssistantModifier", encounter)).toEqual([
      expect.objectContaining({ assistantModifier: "CO", therapyModifier: "GO" }),
    ]);
  });

  it("counts a line with GP as therapy even when its code is not always-therapy", () => {
    const encounter = encounterWith([timed("95851", 30)], { provider: { discipline: "PTA" } });
    expect(factItems("servicesWithoutAssistantModifier", encounter)).toEqual([
      expect.objectContaining({ code: "95851" }),
    ]);
  });

  it("accepts a line that carries the assistant modifier", () => {
    const encounter = encounterWith([timed("97110", 30, { modifiers: ["GP", "CQ"] })], {
      provider: { discipline: "PTA" },
    });
    expect(factItems("servicesWithoutAssistantModifier", encounter)).toEqual([]);
  });

  it("leaves a line that is not therapy alone (no modifier, not always-therapy)", () => {
    const encounter = encounterWith([{ code: "95180", minutes: 60 }], { provider: { discipline: "PTA" } });
    expect(factItems("servicesWithoutAssistantModifier", encounter)).toEqual([]);
  });

  it("asks nothing of a physical therapist, who is no assistant", () => {
    expect(factItems("servicesWithoutAssistantModifier", encounterWith([timed("97110", 30)]))).toEqual([]);
  });
});

describe("assistantModifierMisuse", () => {
  it("calls a physical therapist's own CQ line therapist-own-line, and a physical therapist's CO other-discipline", () => {
    const encounter = encounterWith([
      timed("97110", 30, { modifiers: ["GP", "CQ"] }),
      timed("97140", 15, { modifiers: ["GP", "CO"] }),
    ]);
    expect(factItems("assistantModifierMisuse", encounter)).toEqual([
      expect.objectContaining({ service: 0, modifier: "CQ", kind: "therapist-own-line", pairedTherapyModifier: "GP" }),
      expect.objectContaining({
        service: 1,
        modifier: "CO",
        kind: "other-discipline",
        pairedTherapyModifier: "GO",
        therapyModifier: "GP",
      }),
    ]);
    expect(factItems("assistantModifierMisuse", encounter, { kinds: ["other-discipline"] })).toEqual([
      expect.objectContaining({ modifier: "CO" }),
    ]);
  });

  it("leaves an assistant's own modifier and a physician's lines alone", () => {
    const assistant = encounterWith([timed("97110", 30, { modifiers: ["GP", "CQ"] })], {
      provider: { discipline: "PTA", npi: "1234567893" },
    });
    const physician = encounterWith([timed("97110", 30, { modifiers: ["GP", "CQ"] })], {
      provider: { discipline: "MD", npi: "1234567893" },
    });
    expect(factItems("assistantModifierMisuse", assistant)).toEqual([]);
    expect(factItems("assistantModifierMisuse", physician)).toEqual([]);
  });

  it("calls CQ on a speech-language pathologist's line other-discipline: SLPs have no assistant modifier", () => {
    const encounter = encounterWith([{ code: "92507", modifiers: ["GN", "CQ"] }], {
      provider: { discipline: "SLP", npi: "1234567893" },
    });
    expect(factItems("assistantModifierMisuse", encounter)).toEqual([
      expect.objectContaining({ kind: "other-discipline", therapyModifier: "GN" }),
    ]);
  });
});
