// rules:check as one pure function: the releases as read (files that would not parse already
// reported), the schema problems, and the guide; out come every problem, errors first.
import { sortProblems, type AuthoringProblem } from "./authoring-problem.ts";
import { checkGoldenCases } from "./check-golden-cases.ts";
import { checkReleaseFolders, releaseWindows } from "./check-releases.ts";
import { checkRuleFiles } from "./check-rules.ts";
import { checkTables, releaseReferences } from "./check-tables.ts";
import { staleSections } from "./reference-docs.ts";
import { withPlaces } from "./problem-places.ts";
import { displayPath, type ReleaseFolder } from "./release-files.ts";
import { shippedVocabulary, type RuleVocabulary } from "./rule-vocabulary.ts";

export interface RuleDataInput {
  /** The project root: reports name files from here. */
  root: string;
  releases: ReleaseFolder[];
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
  const texts = new Map(releases.flatMap((folder) => folder.files.flatMap((file) => (file.text === undefined ? [] : [[displayPath(root, file.absolutePath), file.text] as const]))));
  if (input.unreadable?.length) return sortProblems(input.unreadable);
  const schemaProblems = sortProblems(withPlaces(input.schemaProblems ?? [], texts));
  return [...schemaProblems, ...sortProblems(withPlaces(contentProblems(input), texts))];
}

function contentProblems(input: RuleDataInput): AuthoringProblem[] {
  const { root, releases } = input;
  const vocabulary = input.vocabulary ?? shippedVocabulary;
  const windows = releaseWindows(releases);
  const problems: AuthoringProblem[] = [...checkReleaseFolders(releases, root)];
  for (const folder of releases) {
    const references = releaseReferences(folder);
    problems.push(
      ...checkTables(folder, root, references),
      ...checkRuleFiles(folder, root, references, vocabulary),
      ...checkGoldenCases(folder, root, windows.get(folder.version)),
    );
  }
  if (input.guide) problems.push(...staleSections(input.guide, input.guide.sections));
  return problems;
}
