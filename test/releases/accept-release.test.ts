// The worker's own check of a published release, called directly: each kind of problem is
// refused with its JSON pointer into the request, and the shipped release passes as it is.
import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { ProblemError } from "../../worker/errors/problem-error.ts";
import { acceptRelease, parsePublication } from "../../worker/releases/accept-release.ts";
import { releaseHash } from "../../worker/releases/release-hash.ts";
import { publicationOf, shippedReleaseFiles, withNewPairRow } from "../helpers/published-release.ts";

async function refusal(promise: Promise<unknown>): Promise<ProblemError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, "the release was accepted").toBeDefined();
  return error as ProblemError;
}

type Rule = {
  forEach?: { fact: string; params?: Record<string, unknown> };
  when?: { all: Array<Record<string, unknown>> };
};
const rulesOf = (files: ReturnType<typeof shippedReleaseFiles>, family: string) =>
  files[`rules/${family}.json`]!.rules as Rule[];

describe("accepting a published release", () => {
  it("hashes the shipped release's files to the hash the build bundled", async () => {
    const files = shippedReleaseFiles();
    expect(await releaseHash(Object.entries(files).map(([relativePath, data]) => ({ relativePath, data })))).toBe(
      bundledReleases.find((release) => release.version === "2026.4.0")!.hash,
    );
  });

  it("accepts a release whose every golden case passes, counting them", async () => {
    const { release, goldenCaseCount } = await acceptRelease(
      await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles())),
    );
    expect(release.tables.ncciPtpEdits.edits.at(-1)).toMatchObject({ column1: "97110", column2: "97535" });
    expect(goldenCaseCount).toBeGreaterThan(100);
  });

  it("refuses an operator the deployed code does not have", async () => {
    const files = shippedReleaseFiles();
    rulesOf(files, "who-may-bill")[0]!.when!.all[0]!.operator = "isSomehowWrong";
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.extensions.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('unknown operator "isSomehowWrong"') }),
    ]);
  });

  it("refuses a param of the wrong type, by the fact's own params schema", async () => {
    const files = shippedReleaseFiles();
    rulesOf(files, "ncci")[0]!.forEach!.params = { modifierIndicator: "zero" };
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.code).toBe("release-refused");
    expect(error.extensions.errors?.[0]).toMatchObject({
      pointer: "/files/rules~1ncci.json/rules/0/forEach/params/modifierIndicator",
      message: expect.stringContaining('fact "ptpPairEdits"'),
    });
  });

  it("refuses a pair edit row naming a code the release's catalog lacks, at the row's field", async () => {
    const files = withNewPairRow(shippedReleaseFiles());
    const edits = files["tables/ncci-ptp-edits.json"]!.edits as Array<Record<string, unknown>>;
    edits.at(-1)!.column2 = "97999";
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.extensions.errors).toEqual([
      {
        pointer: `/files/tables~1ncci-ptp-edits.json/edits/${edits.length - 1}/column2`,
        message: expect.stringContaining("code 97999 is not in the release's catalog"),
      },
    ]);
  });

  it("refuses a modifier a rule's params name that the release's modifier table lacks", async () => {
    const files = shippedReleaseFiles();
    rulesOf(files, "therapy-modifiers")[4]!.forEach!.params = {
      withAnyModifier: ["CQ", "ZQ"],
      withoutModifiers: ["GP"],
    };
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.extensions.errors).toEqual([
      {
        pointer: "/files/rules~1therapy-modifiers.json/rules/4/forEach/params/withAnyModifier/1",
        message: expect.stringContaining("modifier ZQ is not in the release's modifier table"),
      },
    ]);
  });

  it("refuses served text that cites internal material instead of a public document", async () => {
    const files = shippedReleaseFiles();
    (files["tables/ncci-ptp-edits.json"]!.edits as Array<Record<string, unknown>>)[0]!.source = "domain facts §7";
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.extensions.errors).toEqual([
      {
        pointer: "/files/tables~1ncci-ptp-edits.json/edits/0/source",
        message: expect.stringContaining('contains "domain facts"'),
      },
    ]);
  });

  it("refuses files edited after the lock recorded their hash", async () => {
    const publication = await publicationOf("2026.4.7", shippedReleaseFiles());
    (publication.files["tables/mue.json"] as { description: string }).description = "Edited after rules:release.";
    const error = await refusal(acceptRelease(publication));
    expect(error.extensions.errors).toEqual([
      { pointer: "/hash", message: expect.stringContaining("the files hash to sha256-") },
    ]);
  });

  it("refuses a file off its schema before running anything, at the file's pointer", async () => {
    const files = shippedReleaseFiles();
    (files["tables/ncci-ptp-edits.json"]!.edits as Array<Record<string, unknown>>)[0]!.modifierIndicator = 7;
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.extensions.errors?.[0]?.pointer).toBe("/files/tables~1ncci-ptp-edits.json/edits/0/modifierIndicator");
  });

  it("refuses a rule file without golden cases beside it", async () => {
    const files = shippedReleaseFiles();
    delete files["rules/mue.cases.json"];
    const error = await refusal(acceptRelease(await publicationOf("2026.4.7", files)));
    expect(error.extensions.errors).toEqual([
      expect.objectContaining({
        pointer: "/files/rules~1mue.cases.json",
        message: expect.stringContaining("golden cases beside it"),
      }),
    ]);
  });

  it("refuses a manifest that names another version", async () => {
    const publication = await publicationOf("2026.4.7", shippedReleaseFiles());
    const error = await refusal(acceptRelease({ ...publication, version: "2026.4.8" }));
    expect(error.extensions.errors).toEqual([expect.objectContaining({ pointer: "/files/release.json/version" })]);
  });

  it("refuses a body that is not a publication, naming what is missing", () => {
    expect(() => parsePublication({ version: "2026.4.7", files: {} })).toThrow(
      expect.objectContaining({
        code: "release-refused",
        extensions: expect.objectContaining({
          errors: expect.arrayContaining([expect.objectContaining({ pointer: "/hash" })]),
        }),
      }),
    );
  });
});
