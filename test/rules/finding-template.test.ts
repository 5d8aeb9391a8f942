import { describe, expect, it } from "vitest";
import { compileTemplate, templatePlaceholders } from "../../worker/rules/finding-template.ts";

describe("compileTemplate", () => {
  it("fills placeholders from the item and joins lists", () => {
    expect(
      compileTemplate("{code} with {codes} ({minutes} min)")({ code: "97140", codes: ["97124", "97140"], minutes: 7 }),
    ).toBe("97140 with 97124, 97140 (7 min)");
  });

  it("leaves a placeholder the item lacks visible", () => {
    expect(compileTemplate("{code} and {missing}")({ code: "97110" })).toBe("97110 and {missing}");
  });

  it("prints zero rather than dropping it", () => {
    expect(compileTemplate("{units} units")({ units: 0 })).toBe("0 units");
  });
});

describe("templatePlaceholders", () => {
  it("lists the placeholder names in order", () => {
    expect(templatePlaceholders("{a} then {b2} then {a}")).toEqual(["a", "b2", "a"]);
  });
});
