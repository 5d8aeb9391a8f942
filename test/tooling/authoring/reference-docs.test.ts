import { describe, expect, it } from "vitest";
import { factRegistry } from "../../../worker/rules/facts/index.ts";
import { paramsSchema } from "../../../worker/rules/facts/param-schema.ts";
import { builtInOperators, builtInOperatorDocs, customOperators } from "../../../worker/rules/operators.ts";
import {
  generatedSection,
  renderExampleRule,
  renderFactsAndOperators,
  replaceGeneratedSection,
  staleSections,
} from "../../../worker/tooling/authoring/reference-docs.ts";

const reference = renderFactsAndOperators(factRegistry, customOperators, builtInOperatorDocs);

describe("renderFactsAndOperators", () => {
  it("documents every registered fact and every operator, each with an example", () => {
    for (const name of Object.keys(factRegistry)) expect(reference).toContain(`#### \`${name}\``);
    for (const name of [...builtInOperators, ...Object.keys(customOperators)])
      expect(reference).toMatch(new RegExp(`\\| \`${name}\` \\| .+ \\| \`\\{ "fact": `));
  });

  it("shows list facts as forEach with their item fields and params, other facts as conditions", () => {
    expect(reference).toContain(
      '"forEach": { "fact": "services", "params": { "codes": ["97139"], "withoutDescription": true } }',
    );
    expect(reference).toContain("`{code}`");
    expect(reference).toContain('| `codes` | only these codes | `["97140"]` |');
    expect(reference).toContain(
      '{ "fact": "encounter", "path": "payer.type", "operator": "equal", "value": "medicare" }',
    );
  });

  it("takes a new fact's description, params and example from its definition", () => {
    const rendered = renderFactsAndOperators(
      {
        visitCount: {
          description: "Visits this year.",
          stage: "coding",
          params: paramsSchema({
            since: { description: "first date counted", type: "string", examples: ["2026-01-01"] },
          }),
          example: { path: "count", operator: "greaterThan", value: 20 },
        },
      },
      {},
      {},
    );
    expect(rendered).toContain("Visits this year. *(coding stage)*");
    expect(rendered).toContain('| `since` | first date counted | `"2026-01-01"` |');
    expect(rendered).toContain('{ "fact": "visitCount", "path": "count", "operator": "greaterThan", "value": 20 }');
  });
});

describe("generated sections", () => {
  const guide = [
    "# Guide",
    "<!-- generated:demo:start (npm run rules:docs writes this; do not edit by hand) -->",
    "old",
    "<!-- generated:demo:end -->",
    "after",
  ].join("\n");

  it("replaces only what is between the markers", () => {
    const updated = replaceGeneratedSection(guide, "demo", "new text");
    expect(generatedSection(updated, "demo")).toBe("new text");
    expect(updated.startsWith("# Guide\n")).toBe(true);
    expect(updated.endsWith("<!-- generated:demo:end -->\nafter")).toBe(true);
  });

  it("reports a stale section and a missing one as errors naming the guide", () => {
    expect(
      staleSections({ path: "rules/README.md", text: guide }, { demo: "new text", other: "x" }).map(
        (problem) => problem.message,
      ),
    ).toEqual([
      "the generated demo section is out of date: run npm run rules:docs",
      expect.stringContaining("has no generated other section"),
    ]);
    expect(
      staleSections(
        { path: "rules/README.md", text: replaceGeneratedSection(guide, "demo", "new text") },
        { demo: "new text" },
      ),
    ).toEqual([]);
  });

  it("shows each example file in a JSON block under its name", () => {
    expect(renderExampleRule([{ name: "a.json", text: '{ "x": 1 }\n' }])).toBe('`a.json`:\n\n```json\n{ "x": 1 }\n```');
  });
});
