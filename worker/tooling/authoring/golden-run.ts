// rules:test without the CLI: a release's golden case files, run by that release, reported
// case by case with the failing ones drawn side by side.
import type { GoldenCases } from "../../generated/types/rules/golden-cases.ts";
import type { CompiledRuleset } from "../../rules/compiled-ruleset.ts";
import { casesOf, runGoldenCase, type GoldenCase, type GoldenCaseOutcome } from "../../rules/golden-case-run.ts";
import { pointer } from "./authoring-problem.ts";
import { casesPathFor, displayPath, filesWithRole, isRecord, type ReleaseFolder } from "./release-files.ts";
import { sideBySide } from "./side-by-side.ts";

export interface CaseFile {
  /** As reports name it, from the project root. */
  path: string;
  /** The family of the rule file beside it (its file name when that cannot be read). */
  family: string;
  cases: GoldenCase[];
}

export interface CaseResult {
  file: string;
  pointer: string;
  outcome: GoldenCaseOutcome;
}

export function caseFilesOf(folder: ReleaseFolder, root: string, families: readonly string[] = []): CaseFile[] {
  const ruleFiles = filesWithRole(folder, "rule-file");
  return filesWithRole(folder, "golden-cases").flatMap((file) => {
    const baseName = file.relativePath
      .replace(/\\/g, "/")
      .replace(/^rules\//, "")
      .replace(/\.cases\.json$/, "");
    const beside = ruleFiles.find((ruleFile) => casesPathFor(ruleFile) === file.relativePath);
    const family =
      beside && isRecord(beside.data) && typeof beside.data.family === "string" ? beside.data.family : baseName;
    if (families.length > 0 && !families.includes(family) && !families.includes(baseName)) return [];
    const cases =
      isRecord(file.data) && Array.isArray(file.data.cases) ? casesOf(file.data as unknown as GoldenCases) : [];
    return [{ path: displayPath(root, file.absolutePath), family, cases }];
  });
}

export async function runCaseFiles(
  ruleset: CompiledRuleset,
  files: readonly CaseFile[],
  onCaseDone?: () => void,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const file of files) {
    for (const [index, goldenCase] of file.cases.entries()) {
      results.push({
        file: file.path,
        pointer: pointer("cases", index),
        outcome: await runGoldenCase(goldenCase, ruleset),
      });
      onCaseDone?.();
    }
  }
  return results;
}

export function passed(result: CaseResult): boolean {
  return result.outcome.differences.length === 0;
}

/** One line per case; a failing case adds its place, what differs and the side-by-side table. */
export function formatCaseResult(result: CaseResult): string {
  if (passed(result)) return `  ✓ ${result.outcome.name}`;
  const indent = (text: string) =>
    text
      .split("\n")
      .map((line) => `      ${line}`)
      .join("\n");
  return [
    `  ✗ ${result.outcome.name}`,
    `      ${result.file} ${result.pointer}`,
    ...result.outcome.differences.map((difference) => `      - ${difference}`),
    "",
    indent(sideBySide(result.outcome)),
    "",
  ].join("\n");
}
