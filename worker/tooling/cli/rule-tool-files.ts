// What the rule authors' commands share in Node: reading the example rule that the guide embeds,
// and ending a command with its exit code (a broken release file named, not a stack trace).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleRuleDirectory } from "../authoring/guide-sections.ts";
import { ReleaseFileError } from "./release-folders.ts";
import { projectRoot } from "./schema-files.ts";

export function readExampleRuleFiles(): { name: string; text: string }[] {
  const directory = join(projectRoot, exampleRuleDirectory);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ name, text: readFileSync(join(directory, name), "utf8") }));
}

export function runRuleCommand(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (reason: unknown) => {
      console.error(
        reason instanceof ReleaseFileError ? `✗ ${reason.message} (npm run rules:check lists every problem)` : reason,
      );
      process.exitCode = 1;
    },
  );
}
