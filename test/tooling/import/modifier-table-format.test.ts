import { describe, expect, it } from "vitest";
import committedText from "../../../rules/source/tables/modifiers.json?raw";
import { formatModifiersTable } from "../../../worker/tooling/import/modifier-table-format.ts";

describe("formatModifiersTable", () => {
  it("writes the committed modifier table exactly as npm run format laid it out", () => {
    expect(formatModifiersTable(JSON.parse(committedText))).toBe(committedText);
  });

  it("keeps a short list on one line and a list too long for 120 columns one item a line", () => {
    const long = Array.from({ length: 12 }, (_, index) => `category-number-${index}`);
    const text = formatModifiersTable({
      $schema: "x",
      description: "y",
      modifiers: [
        { modifier: "AA", description: "short", categories: ["recognized-only"], source: "s" },
        { modifier: "AB", description: "long", categories: long as never, source: "s" },
      ],
    });
    expect(text).toContain('"categories": ["recognized-only"],');
    expect(text).toContain('"categories": [\n        "category-number-0",');
    expect(JSON.parse(text).modifiers[1].categories).toEqual(long);
  });
});
