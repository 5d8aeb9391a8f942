import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  maxExamples,
  readShadowCounts,
  recordShadowComparisons,
  type ShadowComparison,
} from "../../worker/storage/release-shadow.ts";

const failing = (version: string, encounterId: string): ShadowComparison => ({
  version,
  tenant: "clinic-a",
  encounterId,
  differences: [
    { kind: "status", detail: "pass → fail" },
    { kind: "finding-added", detail: "ncci.ptp.never-together" },
    { kind: "status", detail: "pass → fail" },
  ],
});
const same = (version: string, encounterId: string): ShadowComparison => ({
  version,
  tenant: "clinic-a",
  encounterId,
  differences: [],
});

describe("the shadow report's counts", () => {
  it("adds each write's counts to the release's rows, a difference once per encounter", async () => {
    await recordShadowComparisons(env.DB, [failing("2099.2.1", "a"), same("2099.2.1", "b")], "2026-11-20T09:00:00Z");
    await recordShadowComparisons(env.DB, [failing("2099.2.1", "c")], "2026-11-20T09:01:00Z");
    const counts = await readShadowCounts(env.DB, "2099.2.1");
    expect(counts).toMatchObject({ compared: 3, differing: 2, jobs: { compared: 0, notSampled: 0 } });
    expect(counts.differences.map(({ kind, count }) => [kind, count])).toEqual([
      ["finding-added", 2],
      ["status", 2],
    ]);
  });

  it(`keeps the first ${maxExamples} example encounters in the order seen, none twice, across writes`, async () => {
    const ids = ["e1", "e2", "e3", "e2", "e4", "e5", "e6", "e7"];
    await recordShadowComparisons(
      env.DB,
      [failing("2099.2.2", "e1"), failing("2099.2.2", "e1")],
      "2026-11-20T09:00:00Z",
    );
    await recordShadowComparisons(
      env.DB,
      ids.slice(1).map((id) => failing("2099.2.2", id)),
      "2026-11-20T09:01:00Z",
    );
    const status = (await readShadowCounts(env.DB, "2099.2.2")).differences.find((row) => row.kind === "status");
    expect(status?.count).toBe(9);
    expect(status?.examples.map((example) => example.encounterId)).toEqual(["e1", "e2", "e3", "e4", "e5"]);
  });
});
