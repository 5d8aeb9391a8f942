// rules:check as one pure function: the source tree and the releases as read (files that would
// not parse already reported), the lock, the schema problems and the guide; out come every problem,
// root causes first. Warnings are for what authors edit (the source): releases are generated.
import { error, sortProblems, type AuthoringProblem } from "./authoring-problem.ts";
import { checkGoldenCases } from "./check-golden-cases.ts";
import { checkReleaseFolders, releaseWindows } from "./check-releases.ts";
import { checkRuleFiles } from "./check-rules.ts";
import { checkTables, releaseReferences } from "./check-tables.ts";
import { staleSections } from "./reference-docs.ts";
import { withPlaces } from "./problem-places.ts";
import { checkLock, type ReleasesLock } from "./release-lock.ts";
import { displayPath, fileRole, type ReleaseFolder } from "./release-files.ts";
import { servedStrings, servedTextProblems } from "../../rules/served-text.ts";
import { shippedVocabulary, type RuleVocabulary } from "./rule-vocabulary.ts";

export interface RuleDataInput {
  /** The project root: reports name files from here. */
  root: string;
  releases: ReleaseFolder[];
  /** rules/source/, the tree authors edit (absent for fixture trees of releases alone). */
  source?: ReleaseFolder;
  /** rules/releases.lock.json and how a release's hash is computed; absent: the lock is not checked. */
  lock?: { data: ReleasesLock | undefined; hashOf: (folder: ReleaseFolder) => string };
  /** Files that could not be read (not JSON), already as problems. */
  unreadable?: AuthoringProblem[];
  /** Each file against its schema (schemaCheck). */
  schemaProblems?: AuthoringProblem[];
  /** The guide and what its generated sections must hold, when checking the shipped tree. */
  guide?: { path: string; text: string; sections: Readonly<Record<string, string>> };
  vocabulary?: RuleVocabulary;
}

/** Root causes first: a file that does not parse is all that is reported (everything else would be
 * its knock-on), then schema problems, then what the files say together. */
export function checkRuleData(input: RuleDataInput): AuthoringProblem[] {
  const { root, releases } = input;
  const texts = new Map(
    [...releases, ...(input.source ? [input.source] : [])].flatMap((folder) =>
      folder.files.flatMap((file) =>
        file.text === undefined ? [] : [[displayPath(root, file.absolutePath), file.text] as const],
      ),
    ),
  );
  if (input.unreadable?.length) return sortProblems(input.unreadable);
  const schemaProblems = sortProblems(withPlaces(input.schemaProblems ?? [], texts));
  return [...schemaProblems, ...sortProblems(withPlaces(contentProblems(input), texts))];
}

function contentProblems(input: RuleDataInput): AuthoringProblem[] {
  const { root, releases, source } = input;
  const vocabulary = input.vocabulary ?? shippedVocabulary;
  const windows = releaseWindows(releases);
  const problems: AuthoringProblem[] = [...checkReleaseFolders(releases, root)];
  if (input.lock) problems.push(...checkLock(releases, input.lock.data, input.lock.hashOf, root));
  for (const folder of releases) {
    const references = releaseReferences(folder);
    const cases = checkGoldenCases(folder, root, source ? undefined : windows.get(folder.version));
    problems.push(
      ...checkTables(folder, root, references),
      ...checkRuleFiles(folder, root, references, vocabulary),
      ...(source ? cases.filter((problem) => problem.severity === "error") : cases),
      ...servedTextOf(folder, root),
    );
  }
  if (source) {
    const references = releaseReferences(source);
    problems.push(
      ...checkTables(source, root, references),
      ...checkRuleFiles(source, root, references, vocabulary),
      ...checkGoldenCases(source, root, undefined),
      ...servedTextOf(source, root),
    );
  }
  if (input.guide) problems.push(...staleSections(input.guide, input.guide.sections));
  return problems;
}

/** Internal material in text the API may serve: every string of tables, rule files and manifests but `note`s. */
function servedTextOf(folder: ReleaseFolder, root: string): AuthoringProblem[] {
  return folder.files
    .filter((file) => fileRole(file) !== "golden-cases")
    .flatMap((file) =>
      servedStrings(file.data).flatMap(({ at, text }) =>
        servedTextProblems(text).map((message) => error(displayPath(root, file.absolutePath), at, message)),
      ),
    );
}
