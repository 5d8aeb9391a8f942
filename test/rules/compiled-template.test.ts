import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../worker/rules/finding-template.ts";

describe("compileTemplate", () => {
  const item = { code: "97140", minutes: 7, codes: ["97124", "97140"], empty: null, zero: 0 };
  const cases = [
    ["{code} ({minutes} min) is left off", "97140 (7 min) is left off"],
    ["no placeholders at all", "no placeholders at all"],
    ["{code}", "97140"],
    [
      "{codes} together; {missing} stays visible; {empty} too; {zero} is shown",
      "97124, 97140 together; {missing} stays visible; {empty} too; 0 is shown",
    ],
    [
      "{code}{code} back to back, { code } and {1code} are not placeholders",
      "9714097140 back to back, { code } and {1code} are not placeholders",
    ],
    ["", ""],
  ];

  it.each(cases)("fills %j as %j", (template, expected) => {
    expect(compileTemplate(template)(item)).toBe(expected);
  });

  it("fills each item on its own", () => {
    const fill = compileTemplate("{code} has {minutes} min");
    expect(fill({ code: "97110", minutes: 33 })).toBe("97110 has 33 min");
    expect(fill({ code: "97530", minutes: 8 })).toBe("97530 has 8 min");
  });
});
