import { describe, expect, it } from "vitest";
import { encounterWith } from "../../helpers/encounters.ts";
import { factItems } from "../../helpers/fact-values.ts";
import { contextFor, factItemsFor, releaseWithTables } from "../../helpers/test-release.ts";

const evaluation = (code: string, extra: Record<string, unknown> = {}) => ({ code, modifiers: ["GP"], ...extra });

describe("evaluationsByOtherDisciplines", () => {
  it("names a physical therapist assistant's 97161, citing the family's source", () => {
    const items = factItems(
      "evaluationsByOtherDisciplines",
      encounterWith([evaluation("97161")], { provider: { discipline: "PTA", npi: "1234567893" } }),
    );
    expect(items).toEqual([
      expect.objectContaining({
        service: 0,
        code: "97161",
        family: "physical therapy evaluation",
        disciplineWithArticle: "a physical therapist assistant",
        source: expect.stringMatching(/§230\.1/),
      }),
    ]);
  });

  it("names a physical therapist's 97165 and an occupational therapist's 97161, and leaves each therapist's own family alone", () => {
    expect(
      factItems("evaluationsByOtherDisciplines", encounterWith([evaluation("97165"), evaluation("97161")])),
    ).toEqual([expect.objectContaining({ code: "97165" })]);
    const occupational = encounterWith([evaluation("97161"), evaluation("97166")], {
      provider: { discipline: "OT", npi: "1234567893" },
    });
    expect(factItems("evaluationsByOtherDisciplines", occupational)).toEqual([
      expect.objectContaining({ code: "97161" }),
    ]);
  });

  it("finds nothing in a release without evaluation families", () => {
    const release = releaseWithTables({ evaluationFamilies: undefined });
    const encounter = encounterWith([evaluation("97161")], { provider: { discipline: "PTA", npi: "1234567893" } });
    expect(factItemsFor("evaluationsByOtherDisciplines", contextFor(encounter, release))).toEqual([]);
  });
});

describe("evaluationsAboveDailyLimit", () => {
  it("names every line of a family billed twice on one day", () => {
    expect(
      factItems(
        "evaluationsAboveDailyLimit",
        encounterWith([evaluation("97161"), { code: "97110", minutes: 20 }, evaluation("97164")]),
      ),
    ).toEqual([
      expect.objectContaining({
        family: "physical therapy evaluation",
        count: 2,
        perDay: 1,
        services: [0, 2],
        codes: ["97161", "97164"],
      }),
    ]);
  });

  it("counts units too: one evaluation line with 2 units is two evaluations", () => {
    expect(factItems("evaluationsAboveDailyLimit", encounterWith([evaluation("97162", { units: 2 })]))).toEqual([
      expect.objectContaining({ count: 2, services: [0] }),
    ]);
  });

  it("allows one evaluation of each family", () => {
    expect(factItems("evaluationsAboveDailyLimit", encounterWith([evaluation("97161"), evaluation("97165")]))).toEqual(
      [],
    );
  });
});
