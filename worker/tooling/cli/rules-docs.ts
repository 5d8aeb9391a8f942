// `npm run rules:docs`: rewrites the generated sections of rules/README.md (the facts and
// operators reference, from the registries; the example rule, from its test fixture), so the
// guide never drifts. rules:check fails when someone forgets to run it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { guidePath, guideSections } from "../authoring/guide-sections.ts";
import { replaceGeneratedSection } from "../authoring/reference-docs.ts";
import { readCommandLine } from "./command-line.ts";
import { readExampleRuleFiles } from "./rule-tool-files.ts";
import { projectRoot } from "./schema-files.ts";

readCommandLine(
  {
    usage: "npm run rules:docs",
    description:
      "Rewrites the generated sections of rules/README.md (the facts and operators reference, the example rule)\nfrom the code, after an engineer adds a fact or an operator. rules:check fails when they are stale.",
  },
  {},
);

const path = join(projectRoot, guidePath);
const exampleFiles = readExampleRuleFiles();

try {
  const before = readFileSync(path, "utf8");
  let after = before;
  for (const [name, content] of Object.entries(guideSections(exampleFiles)))
    after = replaceGeneratedSection(after, name, content);
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
