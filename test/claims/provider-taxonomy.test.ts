import { describe, expect, it } from "vitest";
import { disciplineForTaxonomy } from "../../worker/claims/provider-taxonomy.ts";

describe("disciplineForTaxonomy", () => {
  it("maps the NUCC codes of the therapy disciplines", () => {
    const codes = [
      "225100000X",
      "225200000X",
      "225X00000X",
      "224Z00000X",
      "235Z00000X",
      "225700000X",
      "111N00000X",
      "363L00000X",
      "363A00000X",
      "2255A2300X",
    ];
    expect(codes.map((code) => disciplineForTaxonomy(code)?.discipline)).toEqual([
      "PT",
      "PTA",
      "OT",
      "OTA",
      "SLP",
      "LMT",
      "DC",
      "NP",
      "PA",
      "AT",
    ]);
  });

  it("maps a subspecialty to its discipline (2251X0800X orthopedic PT, 225XH1200X hand OT)", () => {
    expect(disciplineForTaxonomy("2251X0800X")?.discipline).toBe("PT");
    expect(disciplineForTaxonomy("225XH1200X")?.discipline).toBe("OT");
  });

  it("maps a physician specialty to MD, and says the taxonomy cannot tell an MD from a DO", () => {
    expect(disciplineForTaxonomy("207Q00000X")).toEqual({
      discipline: "MD",
      note: expect.stringContaining("does not tell an MD from a DO"),
    });
  });

  it("maps nothing else, nor what is not a taxonomy code", () => {
    expect(disciplineForTaxonomy("203BF0100Y")).toBeUndefined();
    expect(disciplineForTaxonomy("174400000X")).toBeUndefined();
    expect(disciplineForTaxonomy("2251")).toBeUndefined();
  });
});
