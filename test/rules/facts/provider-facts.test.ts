import { describe, expect, it } from "vitest";
import { encounterWith, timed } from "../../helpers/encounters.ts";
import { factItems } from "../../helpers/fact-values.ts";

const twoLines = [timed("97110", 30), timed("97140", 15)];

describe("providerNpiProblems", () => {
  it("names the failed check digit of 1234567890 and every line of the claim", () => {
    const encounter = encounterWith(twoLines, { provider: { discipline: "PT", npi: "1234567890" } });
    expect(factItems("providerNpiProblems", encounter)).toEqual([
      { npi: "1234567890", problem: "check-digit", firstDigit: "1", services: [0, 1], codes: ["97110", "97140"] },
    ]);
  });

  it("finds nothing wrong with 1234567893", () => {
    expect(factItems("providerNpiProblems", encounterWith(twoLines))).toEqual([]);
  });

  it("finds nothing when the encounter has no NPI", () => {
    expect(factItems("providerNpiProblems", encounterWith(twoLines, { provider: { discipline: "MD" } }))).toEqual([]);
  });

  it("keeps only the problems asked for", () => {
    // 3234567890: first digit 3, and 0 is not its check digit (9 is).
    const encounter = encounterWith(twoLines, { provider: { discipline: "PT", npi: "3234567890" } });
    expect(factItems("providerNpiProblems", encounter).map((item) => item.problem)).toEqual([
      "first-digit",
      "check-digit",
    ]);
    expect(
      factItems("providerNpiProblems", encounter, { problems: ["first-digit"] }).map((item) => item.problem),
    ).toEqual(["first-digit"]);
  });
});

describe("wholeClaim", () => {
  it("is one item naming every line, the discipline and the payer type", () => {
    const encounter = encounterWith(twoLines, { provider: { discipline: "LMT" } });
    expect(factItems("wholeClaim", encounter)).toEqual([
      {
        discipline: "LMT",
        disciplineName: "licensed massage therapist",
        payerType: "medicare",
        services: [0, 1],
        codes: ["97110", "97140"],
      },
    ]);
  });
});
