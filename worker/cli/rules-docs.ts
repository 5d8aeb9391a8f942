// `npm run rules:docs`: rewrites the generated sections of rules/README.md (the facts and
// operators reference, from the registries; the example rule, from its test fixture), so the
// guide never drifts. rules:check fails when someone forgets to run it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleRuleDirectory, guidePath, guideSections } from "../rules/authoring/guide-sections.ts";
import { replaceGeneratedSection } from "../rules/authoring/reference-docs.ts";
import { projectRoot } from "./schema-files.ts";

const path = join(projectRoot, guidePath);
const examples = join(projectRoot, exampleRuleDirectory);
const exampleFiles = existsSync(examples)
  ? readdirSync(examples)
      .filter((name) => name.endsWith(".json"))
      .map((name) => ({ name, text: readFileSync(join(examples, name), "utf8") }))
  : [];

try {
  const before = readFileSync(path, "utf8");
  let after = before;
  for (const [name, content] of Object.entries(guideSections(exampleFiles))) after = replaceGeneratedSection(after, name, content);
  if (after === before) {
    console.log(`${guidePath} is up to date`);
  } else {
    writeFileSync(path, after);
    console.log(`rewrote the generated sections of ${guidePath}`);
  }
} catch (reason) {
  console.error(`✗ ${guidePath}: ${(reason as Error).message}`);
  process.exitCode = 1;
}
