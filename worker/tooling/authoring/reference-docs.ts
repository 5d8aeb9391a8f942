// Writes the parts of rules/README.md that must never drift from the code: the facts and
// operators reference (from the registries' descriptions, params, item fields and examples)
// and the example rule (the fixture the tests run). `npm run rules:docs` writes them;
// rules:check fails when the README holds something else.
import type { FactDefinition } from "../../rules/facts/fact-definition.ts";
import type { OperatorDefinition } from "../../rules/operators.ts";
import { error, type AuthoringProblem } from "./authoring-problem.ts";
import { isRecord } from "./release-files.ts";

type OperatorDoc = Pick<OperatorDefinition, "description" | "example">;
type FactDoc = Pick<FactDefinition, "description" | "stage" | "params" | "itemFields" | "example">;

export function renderFactsAndOperators(
  facts: Readonly<Record<string, FactDoc>>,
  customOperators: Readonly<Record<string, OperatorDoc>>,
  builtInOperators: Readonly<Record<string, OperatorDoc>>,
): string {
  const names = Object.keys(facts).sort();
  const lines = [
    "### Facts",
    "",
    "| fact | stage | use it in | what it is |",
    "| --- | --- | --- | --- |",
    ...names.map((name) => {
      const fact = facts[name]!;
      return `| [\`${name}\`](#fact-${name.toLowerCase()}) | ${fact.stage} | ${fact.itemFields ? "`forEach`" : "a condition"} | ${cell(fact.description)} |`;
    }),
    "",
    ...names.flatMap((name) => renderFact(name, facts[name]!)),
    "### Operators",
    "",
    "| operator | what it checks | example condition |",
    "| --- | --- | --- |",
    ...Object.entries({ ...builtInOperators, ...customOperators })
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, operator]) => `| \`${name}\` | ${cell(operator.description)} | \`${compactJson(operator.example)}\` |`,
      ),
  ];
  return lines.join("\n");
}

function renderFact(name: string, fact: FactDoc): string[] {
  const lines = [
    `<a id="fact-${name.toLowerCase()}"></a>`,
    `#### \`${name}\``,
    "",
    `${fact.description} *(${fact.stage} stage${fact.itemFields ? ", a list" : ""})*`,
    "",
  ];
  const params = Object.entries(fact.params?.properties ?? {});
  if (params.length > 0) {
    lines.push(
      "| param | meaning | write it as |",
      "| --- | --- | --- |",
      ...params.map(
        ([param, schema]) =>
          `| \`${param}\` | ${cell(schema.description)} | ${cell(`\`${JSON.stringify(schema.examples[0])}\``)} |`,
      ),
      "",
    );
  }
  if (fact.itemFields)
    lines.push(
      `Item fields, usable as placeholders in \`message\` and \`fix\`: ${fact.itemFields.map((field) => `\`{${field}}\``).join(", ")}.`,
      "",
    );
  lines.push("```json", exampleUse(name, fact), "```", "");
  return lines;
}

/** A forEach for list facts, a condition otherwise, exactly as a rule file would hold it. */
function exampleUse(name: string, fact: FactDoc): string {
  const { params, path, operator, value } = fact.example;
  const withParams = params && Object.keys(params).length > 0 ? { params } : {};
  if (fact.itemFields && operator === undefined) return `"forEach": ${compactJson({ fact: name, ...withParams })}`;
  return compactJson({ fact: name, ...withParams, ...(path ? { path } : {}), operator, value });
}

/** One-line JSON with a space after each comma and colon, as the rule files are written. */
function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(", ")}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return entries.length === 0
      ? "{}"
      : `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${compactJson(item)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Each example-rule file as a fenced block headed by the file's name. */
export function renderExampleRule(files: ReadonlyArray<{ name: string; text: string }>): string {
  return files
    .flatMap((file) => [`\`${file.name}\`:`, "", "```json", file.text.trimEnd(), "```", ""])
    .join("\n")
    .trimEnd();
}

const start = (name: string) =>
  `<!-- generated:${name}:start (npm run rules:docs writes this; do not edit by hand) -->`;
const end = (name: string) => `<!-- generated:${name}:end -->`;

export function generatedSection(text: string, name: string): string | undefined {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from === -1 || to === -1 || to < from) return undefined;
  return text
    .slice(from + start(name).length, to)
    .replace(/^\n/, "")
    .replace(/\n$/, "");
}

export function replaceGeneratedSection(text: string, name: string, content: string): string {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from === -1 || to === -1 || to < from) throw new Error(`the guide has no ${start(name)} … ${end(name)} markers`);
  return `${text.slice(0, from)}${start(name)}\n${content}\n${text.slice(to)}`;
}

/** A problem for each generated section that is missing or differs from what rules:docs writes. */
export function staleSections(
  readme: { path: string; text: string },
  sections: Readonly<Record<string, string>>,
): AuthoringProblem[] {
  return Object.entries(sections).flatMap(([name, content]) => {
    const current = generatedSection(readme.text, name);
    if (current === undefined)
      return [error(readme.path, "", `has no generated ${name} section (the ${start(name)} and ${end(name)} markers)`)];
    if (current !== content)
      return [error(readme.path, "", `the generated ${name} section is out of date: run npm run rules:docs`)];
    return [];
  });
}
