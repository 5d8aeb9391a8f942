// Golden cases keep the rules honest: every rule file has a cases file beside it, every rule
// fires in at least one case (and should be shown not firing in another), cases expect only
// rules the release has, and their dates of service fall in the release's window.
import { error, pointer, warning, type AuthoringProblem } from "./authoring-problem.ts";
import { casesPathFor, displayPath, filesWithRole, isRecord, type ReleaseFolder } from "./release-files.ts";

/** The dates of service a release answers: from `from`, until the day before `until`. */
export interface ReleaseWindow {
  from: string;
  until?: string;
  nextVersion?: string;
  previousVersion?: string;
}

export function checkGoldenCases(
  folder: ReleaseFolder,
  root: string,
  window: ReleaseWindow | undefined,
): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  const ruleFiles = filesWithRole(folder, "rule-file");
  const caseFiles = new Map(filesWithRole(folder, "golden-cases").map((file) => [file.relativePath, file]));
  const releaseRuleIds = new Set(ruleFiles.flatMap((file) => rulesOf(file.data).map((rule) => rule.id)));

  for (const ruleFile of ruleFiles) {
    const path = displayPath(root, ruleFile.absolutePath);
    const casesFile = caseFiles.get(casesPathFor(ruleFile));
    const casesName = casesPathFor(ruleFile).split("/").pop();
    if (!casesFile) {
      problems.push(
        error(
          path,
          "",
          `has no golden cases: add ${casesName} beside it, with a case where each rule fires and one where it does not`,
        ),
      );
      continue;
    }
    const cases = casesOf(casesFile.data);
    rulesOf(ruleFile.data).forEach(({ id, index, testedElsewhere }) => {
      const at = `${pointer("rules", index)}/id`;
      const fires = cases.some((goldenCase) => expectedRuleIds(goldenCase.expect).includes(id));
      const shownNotFiring = cases.some((goldenCase) => showsNotFiring(goldenCase.expect, id));
      const excluded = cases.some(
        (goldenCase) => Array.isArray(goldenCase.expect.excludesRules) && goldenCase.expect.excludesRules.includes(id),
      );
      if (!fires && !excluded) {
        problems.push(
          error(
            path,
            at,
            `rule ${id} has no golden case: add a case to ${casesName} whose expect.findings (or includesFindings) lists it, and one where it does not fire`,
          ),
        );
      } else if (!fires && !testedElsewhere) {
        // A rule the release's own data cannot trigger (a table shipped empty on purpose) can only be shown silent.
        problems.push(
          warning(
            path,
            at,
            `rule ${id} never fires in ${casesName}, only excluded: if the release's data cannot make it fire, its behaviour is tested elsewhere; otherwise add a firing case`,
          ),
        );
      } else if (!shownNotFiring) {
        problems.push(
          warning(
            path,
            at,
            `rule ${id} has no golden case where it does not fire: add one to ${casesName} (expect.findings without it, or excludesRules)`,
          ),
        );
      }
    });
  }

  for (const casesFile of caseFiles.values()) {
    const path = displayPath(root, casesFile.absolutePath);
    const ruleFilePath = casesFile.relativePath.replace(/\.cases\.json$/, ".json");
    if (!ruleFiles.some((file) => file.relativePath === ruleFilePath)) {
      problems.push(error(path, "", `golden cases without a rule file beside them (${ruleFilePath.split("/").pop()})`));
    }
    casesOf(casesFile.data).forEach((goldenCase, index) => {
      const at = pointer("cases", index);
      problems.push(...unknownRuleIds(goldenCase.expect, `${at}/expect`, releaseRuleIds, path));
      const date = isRecord(goldenCase.encounter) ? goldenCase.encounter.dateOfService : undefined;
      if (window && typeof date === "string") {
        const outside = outsideWindow(date, folder.version, window);
        if (outside)
          problems.push(
            warning(
              path,
              `${at}/encounter/dateOfService`,
              `${date} ${outside}, so this case tests ${folder.version} only as pinned (?ruleset=${folder.version})`,
            ),
          );
      }
    });
  }
  return problems;
}

function outsideWindow(date: string, version: string, window: ReleaseWindow): string | undefined {
  if (date < window.from) {
    return `is before ${version} starts (${window.from}); ${window.previousVersion ? `${window.previousVersion} answers it in production` : "no release answers it in production"}`;
  }
  if (window.until && date >= window.until)
    return `is on or after ${window.until}, when ${window.nextVersion} takes over`;
  return undefined;
}

interface CaseShape {
  encounter: unknown;
  expect: Record<string, unknown>;
}

function casesOf(data: unknown): CaseShape[] {
  if (!isRecord(data) || !Array.isArray(data.cases)) return [];
  const defaults = isRecord(data.defaults) && isRecord(data.defaults.encounter) ? data.defaults.encounter : {};
  return data.cases.map((item) =>
    isRecord(item)
      ? {
          encounter: isRecord(item.encounter) ? { ...defaults, ...item.encounter } : item.encounter,
          expect: isRecord(item.expect) ? item.expect : {},
        }
      : { encounter: undefined, expect: {} },
  );
}

function rulesOf(data: unknown): Array<{ id: string; index: number; testedElsewhere: boolean }> {
  if (!isRecord(data) || !Array.isArray(data.rules)) return [];
  return data.rules.flatMap((rule, index) =>
    isRecord(rule) && typeof rule.id === "string"
      ? [{ id: rule.id, index, testedElsewhere: typeof rule.testedElsewhere === "string" }]
      : [],
  );
}

function findingIds(list: unknown): string[] {
  return Array.isArray(list)
    ? list.flatMap((finding) => (isRecord(finding) && typeof finding.ruleId === "string" ? [finding.ruleId] : []))
    : [];
}

function expectedRuleIds(expect: Record<string, unknown>): string[] {
  return [...findingIds(expect.findings), ...findingIds(expect.includesFindings)];
}

function showsNotFiring(expect: Record<string, unknown>, id: string): boolean {
  if (Array.isArray(expect.findings) && !findingIds(expect.findings).includes(id)) return true;
  return Array.isArray(expect.excludesRules) && expect.excludesRules.includes(id);
}

function unknownRuleIds(
  expect: Record<string, unknown>,
  at: string,
  known: ReadonlySet<string>,
  file: string,
): AuthoringProblem[] {
  const problems: AuthoringProblem[] = [];
  for (const list of ["findings", "includesFindings"] as const) {
    const findings = expect[list];
    if (!Array.isArray(findings)) continue;
    findings.forEach((finding, index) => {
      if (isRecord(finding) && typeof finding.ruleId === "string" && !known.has(finding.ruleId)) {
        problems.push(error(file, `${at}/${list}/${index}/ruleId`, `no rule ${finding.ruleId} in this release`));
      }
    });
  }
  const excluded = expect.excludesRules;
  if (Array.isArray(excluded)) {
    excluded.forEach((ruleId, index) => {
      // Excluding a rule that does not exist passes whatever happens: a test that cannot fail.
      if (typeof ruleId === "string" && !known.has(ruleId))
        problems.push(
          error(
            file,
            `${at}/excludesRules/${index}`,
            `no rule ${ruleId} in this release, so excluding it proves nothing`,
          ),
        );
    });
  }
  return problems;
}
