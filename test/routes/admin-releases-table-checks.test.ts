// A hand-made publication that skipped rules:release meets the same table checks through the
// worker: rows naming codes the catalog lacks and rows that contradict one another are refused,
// each problem pointing at the file and the row in the request body; nothing is stored.
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import type { Problem } from "../../worker/generated/types/problem.ts";
import type { ReleasePublication } from "../../worker/generated/types/release-publication.ts";
import type { RulesetList } from "../../worker/generated/types/ruleset-list.ts";
import { releaseCache } from "../../worker/rules/shipped-rulesets.ts";
import { callApp } from "../helpers/call-app.ts";
import { newPairRow, publicationOf, shippedReleaseFiles, withNewPairRow } from "../helpers/published-release.ts";

function publish(publication: ReleasePublication): Promise<Response> {
  return callApp(
    "/v1/admin/releases",
    {
      method: "POST",
      headers: { authorization: "Bearer admin-secret", "content-type": "application/json" },
      body: JSON.stringify(publication),
    },
    { adminKeys: "compliance:admin-secret" },
  );
}

async function isListed(version: string): Promise<boolean> {
  const { rulesets } = await (await callApp("/v1/rulesets")).json<RulesetList>();
  return rulesets.some((ruleset) => ruleset.version === version);
}

function pairEditsOf(files: ReturnType<typeof shippedReleaseFiles>): Array<Record<string, unknown>> {
  return files["tables/ncci-ptp-edits.json"]!.edits as Array<Record<string, unknown>>;
}

beforeEach(async () => {
  for (const { name } of (await env.RULES!.list()).keys) await env.RULES!.delete(name);
  releaseCache.invalidate();
});

describe("publishing a release whose tables disagree with one another", () => {
  it("refuses a pair edit row naming a code the catalog lacks, naming the file and the row", async () => {
    const files = withNewPairRow(shippedReleaseFiles());
    const row = pairEditsOf(files).length - 1;
    pairEditsOf(files)[row]!.column1 = "97546";
    const response = await publish(await publicationOf("2026.4.7", files));
    expect(response.status).toBe(422);
    const problem = await response.json<Problem>();
    expect(problem.code).toBe("release-refused");
    expect(problem.errors).toEqual([
      {
        pointer: `/files/tables~1ncci-ptp-edits.json/edits/${row}/column1`,
        message: "code 97546 is not in the release's catalog (tables/catalog.json); add it there first",
      },
    ]);
    expect(await isListed("2026.4.7")).toBe(false);
  });

  it("refuses a pair edit row in force on the same dates as another for the same pair, naming both rows", async () => {
    const files = withNewPairRow(shippedReleaseFiles());
    const first = pairEditsOf(files).length - 1;
    pairEditsOf(files).push({ ...newPairRow, effectiveDate: "2027-01-01", modifierIndicator: 1 });
    const response = await publish(await publicationOf("2026.4.7", files));
    expect(response.status).toBe(422);
    const problem = await response.json<Problem>();
    expect(problem.errors).toEqual([
      {
        pointer: `/files/tables~1ncci-ptp-edits.json/edits/${first + 1}`,
        message: expect.stringContaining(
          `pair edit 97110 / 97535 contradicts /edits/${first} on the same dates: modifierIndicator 1 here, 0 there`,
        ),
      },
    ]);
    expect(problem.detail).toContain("nothing was stored");
    expect(await isListed("2026.4.7")).toBe(false);
  });

  it("still accepts the same release once the rows agree", async () => {
    const files = withNewPairRow(shippedReleaseFiles());
    pairEditsOf(files).at(-1)!.deletionDate = "2027-01-01";
    pairEditsOf(files).push({ ...newPairRow, effectiveDate: "2027-01-01", modifierIndicator: 1 });
    const response = await publish(await publicationOf("2026.4.7", files));
    expect(response.status).toBe(201);
    expect(await isListed("2026.4.7")).toBe(true);
  });
});
