// The gate a published release passes before the store takes it: the request's shape, each
// file's schema and what the files say together (release-checks.ts), the content hash the lock
// recorded, and then the release itself, compiled and made to answer every one of its own golden
// cases. Any problem refuses the whole release with a 422 listing each one by JSON pointer.
import { ProblemError, type SchemaError } from "../errors/problem-error.ts";
import type { GoldenCases } from "../generated/types/rules/golden-cases.ts";
import type { ReleasePublication } from "../generated/types/release-publication.ts";
import { factParamValidators, ruleDataValidators, validateReleasePublicationSchema } from "../generated/validators.js";
import type { BundledRelease } from "../rules/bundled-release.ts";
import { compileRuleset, type CompiledRuleset } from "../rules/compiled-ruleset.ts";
import { factRegistry } from "../rules/facts/index.ts";
import { casesOf, runGoldenCase } from "../rules/golden-case-run.ts";
import { isKnownOperator } from "../rules/operators.ts";
import { describeErrorCount, maxListedErrors, toSchemaErrors } from "../validation/schema-errors.ts";
import { crossFileProblems, schemaProblems, type ReleaseValidators, type ReleaseVocabulary } from "./release-checks.ts";
import { bundledReleaseFromFiles, filePointer, type ReleaseFileData } from "./release-from-files.ts";
import { isGoldenCasesPath, releaseHash } from "./release-hash.ts";

export interface AcceptedRelease {
  release: BundledRelease;
  /** How many golden cases it ran, all passing. */
  goldenCaseCount: number;
}

export interface DeployedChecks {
  validators: ReleaseValidators;
  vocabulary: ReleaseVocabulary;
}

/** What the deployed code knows: its compiled schemas, its facts (with their params' validators) and operators. */
export const deployedChecks: DeployedChecks = {
  validators: { ruleData: ruleDataValidators },
  vocabulary: {
    facts: new Map(Object.keys(factRegistry).map((name) => [name, { params: factParamValidators[name] }])),
    isKnownOperator,
  },
};

/** The request body as a publication, or a 422 refusal naming each violation of release-publication.schema.json. */
export function parsePublication(body: unknown): ReleasePublication {
  if (validateReleasePublicationSchema(body)) return body as ReleasePublication;
  const list = toSchemaErrors(validateReleasePublicationSchema.errors ?? []);
  throw new ProblemError(
    "release-refused",
    `The publication has ${describeErrorCount(list)}, nothing was stored; send what \`npm run rules:publish\` sends.`,
    list,
  );
}

export async function acceptRelease(
  publication: ReleasePublication,
  checks: DeployedChecks = deployedChecks,
): Promise<AcceptedRelease> {
  const files: ReleaseFileData[] = Object.entries(publication.files).map(([relativePath, data]) => ({
    relativePath,
    data,
  }));
  // Problems in a file's shape would only cause knock-on problems further on: they are reported alone.
  refuseIfAny(publication.version, schemaProblems(files, checks.validators));
  refuseIfAny(publication.version, crossFileProblems(publication.version, files, checks.vocabulary));
  const hash = await releaseHash(files);
  if (hash !== publication.hash) {
    refuseIfAny(publication.version, [
      {
        pointer: "/hash",
        message: `is ${publication.hash}, but the files hash to ${hash}: the release was edited after rules:release recorded it (rules:check names the file)`,
      },
    ]);
  }
  const release = bundledReleaseFromFiles(publication.version, hash, files);
  let ruleset: CompiledRuleset;
  try {
    ruleset = compileRuleset(release);
  } catch (error) {
    refuseIfAny(publication.version, [
      {
        pointer: "/files",
        message: `the rules do not compile: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
    throw error;
  }
  const { failures, count } = await goldenCaseFailures(files, ruleset);
  refuseIfAny(publication.version, failures);
  return { release, goldenCaseCount: count };
}

async function goldenCaseFailures(
  files: readonly ReleaseFileData[],
  ruleset: CompiledRuleset,
): Promise<{ failures: SchemaError[]; count: number }> {
  const failures: SchemaError[] = [];
  let count = 0;
  for (const file of files.filter((candidate) => isGoldenCasesPath(candidate.relativePath))) {
    for (const [index, goldenCase] of casesOf(file.data as GoldenCases).entries()) {
      count += 1;
      const { differences } = await runGoldenCase(goldenCase, ruleset);
      if (differences.length > 0)
        failures.push({
          pointer: filePointer(file.relativePath, `/cases/${index}`),
          message: `golden case "${goldenCase.name}" fails: ${differences.join("; ")}`,
        });
    }
  }
  if (count === 0)
    failures.push({
      pointer: "/files",
      message: "hold no golden case: the worker accepts a release only once its own cases pass",
    });
  return { failures, count };
}

function refuseIfAny(version: string, problems: readonly SchemaError[]): void {
  if (problems.length === 0) return;
  const listed = problems.slice(0, maxListedErrors);
  const first = listed[0]!;
  const count =
    problems.length === 1
      ? "1 problem"
      : `${problems.length} problems${listed.length < problems.length ? `; the first ${listed.length} are listed` : ""}`;
  throw new ProblemError(
    "release-refused",
    `Release ${version} was refused (${count}), nothing was stored. First: ${first.pointer} ${first.message}.`,
    { errors: listed, errorCount: problems.length },
  );
}
