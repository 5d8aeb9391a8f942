import { describe, expect, it } from "vitest";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { factItems } from "../../helpers/fact-values.ts";

const codesOf = (items: Record<string, unknown>[]) => items.map((item) => item.code);

describe("services", () => {
  const visit = encounterWith([
    timed("97110", 30),
    timed("97116", 15),
    { code: "98941" },
    { code: "97139", units: 1, description: "cupping therapy, lumbar paraspinals, 15 minutes" },
    { code: "97039", units: 1 },
    { code: "99213" },
  ]);

  it("keeps only always-therapy codes with alwaysTherapy true, and only the others with false", () => {
    expect(codesOf(factItems("services", visit, { alwaysTherapy: true }))).toEqual([
      "97110",
      "97116",
      "97139",
      "97039",
    ]);
    expect(codesOf(factItems("services", visit, { alwaysTherapy: false }))).toEqual(["98941", "99213"]);
  });

  it("drops codes carrying any of withoutTags, keeping codes outside the catalog", () => {
    expect(codesOf(factItems("services", visit, { withoutTags: ["chiropractic-manipulation", "unlisted"] }))).toEqual([
      "97110",
      "97116",
      "99213",
    ]);
  });

  it("keeps only described lines with withDescription, only undescribed ones with withoutDescription", () => {
    expect(codesOf(factItems("services", visit, { tags: ["unlisted"], withDescription: true }))).toEqual(["97139"]);
    expect(codesOf(factItems("services", visit, { tags: ["unlisted"], withoutDescription: true }))).toEqual(["97039"]);
  });

  it("keeps only codes with one of the Medicare statuses asked for, naming the code Medicare pays instead", () => {
    const electricalStimulation = encounterWith([{ code: "97014" }, { code: "G0283" }, { code: "97010" }]);
    expect(factItems("services", electricalStimulation, { medicareStatus: ["I"] })).toEqual([
      expect.objectContaining({ code: "97014", medicarePaysInstead: "G0283" }),
    ]);
    expect(codesOf(factItems("services", electricalStimulation, { medicareStatus: ["B"] }))).toEqual(["97010"]);
  });

  it("never gives an item the line's description, the patient's record, so no message can quote it", () => {
    const items = factItems("services", visit, { withDescription: true });
    expect(items).toEqual([expect.objectContaining({ service: 3, services: [3], codes: ["97139"] })]);
    expect(items[0]).not.toHaveProperty("description");
  });
});

describe("timedServicesWithoutMinutes", () => {
  const claim = encounterWith([
    { code: "97110", units: 2 },
    timed("97112", 20),
    { code: "97140", units: 1 },
    { code: "97530", units: 1 },
    { code: "97161" },
  ]);

  it("gives one item per timed line sent without minutes", () => {
    expect(factItems("timedServicesWithoutMinutes", claim, {}).map((item) => item.services)).toEqual([[0], [2], [3]]);
  });

  it("gives one item naming them all with together, so a claim sent with units only is told once", () => {
    expect(factItems("timedServicesWithoutMinutes", claim, { together: true })).toEqual([
      expect.objectContaining({
        services: [0, 2, 3],
        codes: ["97110", "97140", "97530"],
        codeList: "97110, 97140 and 97530",
      }),
    ]);
  });

  it("gives no item with together when every timed line has its minutes", () => {
    expect(factItems("timedServicesWithoutMinutes", encounterWith([timed("97110", 30)]), { together: true })).toEqual(
      [],
    );
  });
});
