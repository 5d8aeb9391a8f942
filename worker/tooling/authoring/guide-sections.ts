// What the generated sections of rules/README.md must hold, from the worker's registries and
// the example rule fixture (test/fixtures/rules/example-rule/), which the tests run.
import { factRegistry } from "../../rules/facts/index.ts";
import { builtInOperatorDocs, customOperators } from "../../rules/operators.ts";
import { renderExampleRule, renderFactsAndOperators } from "./reference-docs.ts";

export const guidePath = "rules/README.md";
export const exampleRuleDirectory = "test/fixtures/rules/example-rule";

export function guideSections(exampleRuleFiles: ReadonlyArray<{ name: string; text: string }>): Record<string, string> {
  return {
    "facts-and-operators": renderFactsAndOperators(factRegistry, customOperators, builtInOperatorDocs),
    "example-rule": renderExampleRule(
      [...exampleRuleFiles]
        .sort((a, b) => exampleOrder(a.name) - exampleOrder(b.name) || a.name.localeCompare(b.name))
        // Shown where an author writes it, rules/source/rules/, one folder less deep than the fixture.
        .map((file) => ({
          ...file,
          text: file.text.replace('"$schema": "../../../../schemas/', '"$schema": "../../../schemas/'),
        })),
    ),
  };
}

/** The rule file before its golden cases. */
function exampleOrder(name: string): number {
  return name.endsWith(".cases.json") ? 1 : 0;
}
