// The 2026-11 migration to one source tree (issue 9), re-runnable: `npx tsx worker/tooling/migrations/2026-11-source-tree.ts`.
// 1. Served text of releases 2026.3.0 and 2026.4.0 cites public documents only (public-citations.ts);
//    the original citation moves to the row's or rule's `note`. No answer changes: findings, status
//    and billing are the same; only the `source` texts findings carry are reworded.
// 2. rules/source/ is created from 2026.4.0 (which holds everything 2026.3.0 does, with dated rows),
//    its golden cases the union of both releases' cases where the source answers them alike
//    (needs `npm run build` first: the cases run through the validator).
// 3. rules/releases.lock.json records each release's content hash from then on.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { servedStrings, servedTextProblems } from "../../rules/served-text.ts";
import { canonicalJson, lockPath, readReleaseFolder, releaseContentHash, releasesDirectory, sourceDirectory } from "../cli/release-folders.ts";
import { bundledReleaseFromFolder } from "../cli/build-releases.ts";
import type { NcciPtpEdits } from "../../generated/types/rules/ncci-ptp-edits.ts";
import { formatPtpTable } from "../import/ptp-table-format.ts";
import { publicCitation } from "./public-citations.ts";

const versions = ["2026.3.0", "2026.4.0"];
const newest = "2026.4.0";

function rewriteServedText(path: string): void {
  const original = readFileSync(path, "utf8");
  let text = original;
  const handled = new Set<string>();
  for (const { at, text: served } of servedStrings(JSON.parse(original))) {
    if (servedTextProblems(served).length === 0 || handled.has(served)) continue;
    handled.add(served);
    const rewritten = publicCitation(served);
    const left = servedTextProblems(rewritten);
    if (left.length > 0) throw new Error(`${path} ${at}: no public wording for ${JSON.stringify(served)}: ${left.join("; ")}`);
    // Some tables were written with non-ASCII characters escaped (\u00a7 for §): match and keep either style.
    const escaped = (value: string) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const style = [JSON.stringify, escaped].find((encode) => text.includes(encode(served)));
    if (!style) throw new Error(`${path} ${at}: ${JSON.stringify(served)} is not found as written`);
    const encoded = style(served);
    // A citation's original wording stays with the row or rule, for authors, in `note`.
    const isSource = at.endsWith("/source");
    text = text
      .replace(new RegExp(`("source":\\s*)${escape(encoded)}`, "g"), (_match, key: string) => `${key}${style(rewritten)}, "note": ${style(`Citation as first written: ${served}`)}`)
      .split(encoded)
      .join(isSource ? encoded : style(rewritten));
  }
  if (text !== original) {
    // The pair table keeps the importer's one-row-per-line layout, so imports diff row by row.
    writeFileSync(path, path.endsWith("/ncci-ptp-edits.json") ? formatPtpTable(JSON.parse(text) as NcciPtpEdits) : (JSON.parse(text), text));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Cases of the older release are kept where the source answers them as that release did; the
 * others (policy the newer release changed without a date) stay in that release's own copy only. */
async function unionOfCases(family: string, sourcePasses: (goldenCase: unknown) => Promise<boolean>): Promise<unknown> {
  const read = (version: string) => {
    const path = join(releasesDirectory, version, "rules", `${family}.cases.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as { cases: Array<{ name: string; expect: unknown; encounter: Record<string, unknown> }> }) : { cases: [] };
  };
  const newer = read(newest);
  const kept = [...newer.cases];
  const key = (goldenCase: { name: string; expect: unknown }) => canonicalJson({ name: goldenCase.name, expect: goldenCase.expect });
  for (const version of versions.filter((candidate) => candidate !== newest)) {
    // A case the newer release repeats with its date moved into its own window is kept once, as the newer release has it.
    for (const goldenCase of read(version).cases) {
      if (kept.some((other) => key(other) === key(goldenCase))) continue;
      if (await sourcePasses(goldenCase)) kept.push(goldenCase);
      else console.log(`kept in ${version}'s own cases only (the source answers it as ${newest} does): ${family}: ${goldenCase.name}`);
    }
  }
  return { $schema: "../../../schemas/rules/golden-cases.schema.json", cases: kept };
}

for (const version of versions) {
  for (const file of readReleaseFolder(join(releasesDirectory, version)).files) {
    if (!file.relativePath.endsWith(".cases.json")) rewriteServedText(file.absolutePath);
  }
}

rmSync(sourceDirectory, { recursive: true, force: true });
const { compileRuleset } = await import("../../rules/compiled-ruleset.ts");
const { runGoldenCase } = await import("../../rules/golden-case-run.ts");
const newestRuleset = compileRuleset(bundledReleaseFromFolder(readReleaseFolder(join(releasesDirectory, newest))));
const sourcePasses = async (goldenCase: unknown) => (await runGoldenCase(goldenCase as Parameters<typeof runGoldenCase>[0], newestRuleset)).differences.length === 0;
for (const file of readReleaseFolder(join(releasesDirectory, newest)).files) {
  if (file.relativePath === "release.json") continue;
  const target = join(sourceDirectory, file.relativePath);
  mkdirSync(dirname(target), { recursive: true });
  if (file.relativePath.endsWith(".cases.json")) {
    const family = file.relativePath.replace(/^rules\//, "").replace(/\.cases\.json$/, "");
    writeFileSync(target, `${JSON.stringify(await unionOfCases(family, sourcePasses), null, 2)}\n`);
  } else {
    writeFileSync(target, file.text!.replace('"$schema": "../../../../schemas/', '"$schema": "../../../schemas/').replace('"$schema":"../../../../schemas/', '"$schema":"../../../schemas/'));
  }
}

// The MUE table ships empty, so its rules can only be shown silent by golden cases: say so in the source.
const muePath = join(sourceDirectory, "rules", "mue.json");
const mueNote = "The MUE table ships empty until CMS values can be cited, so no golden case can make this rule fire; test/rules/facts/mue-facts.test.ts shows the fact finding excess units on rows made up for the test.";
writeFileSync(muePath, readFileSync(muePath, "utf8").replace(/("id": "mue\.[a-z-]+",)/g, `$1\n      "testedElsewhere": ${JSON.stringify(mueNote)},`));

const releases = Object.fromEntries(
  versions.map((version) => {
    const folder = readReleaseFolder(join(releasesDirectory, version));
    const manifest = folder.files.find((file) => file.relativePath === "release.json")!.data as { effectiveFrom: string };
    return [version, { effectiveFrom: manifest.effectiveFrom, hash: releaseContentHash(folder) }];
  }),
);
writeFileSync(lockPath, `${JSON.stringify({ $schema: "../schemas/rules/releases-lock.schema.json", releases }, null, 2)}\n`);
console.log(`rewrote served citations, wrote rules/source/ from ${newest} and rules/releases.lock.json (${versions.join(", ")})`);
