// The whole path through the worker: publish a release with a new pair row, watch it in shadow
// while the answers stay as they were, activate it, roll it back; and releases that are refused.
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Problem } from "../../worker/generated/types/problem.ts";
import type { PublishedRelease } from "../../worker/generated/types/published-release.ts";
import type { RulesetList } from "../../worker/generated/types/ruleset-list.ts";
import type { ShadowReport } from "../../worker/generated/types/shadow-report.ts";
import type { ValidationResult } from "../../worker/generated/types/validation-result.ts";
import { exampleFhirClaim } from "../../worker/openapi/claim-examples.ts";
import { apiDocument } from "../../worker/routes/openapi.ts";
import { releaseCache } from "../../worker/rules/shipped-rulesets.ts";
import { answerChecker } from "../openapi/answer-conformance.ts";
import { callApp } from "../helpers/call-app.ts";
import { pairEncounter, publicationOf, shippedReleaseFiles, withNewPairRow } from "../helpers/published-release.ts";

const adminKeys = "compliance:admin-secret";
const admin = { authorization: "Bearer admin-secret", "content-type": "application/json" };

function adminCall(path: string, body?: unknown): Promise<Response> {
  return callApp(
    `/v1/admin/releases${path}`,
    {
      method: body === undefined && path.endsWith("shadow-report") ? "GET" : "POST",
      headers: admin,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    { adminKeys },
  );
}

async function validate(encounter: unknown, query = ""): Promise<ValidationResult> {
  const response = await callApp(`/v1/encounters/validate${query}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(encounter),
  });
  expect(response.status).toBe(200);
  return response.json<ValidationResult>();
}

async function listed(version: string) {
  const { rulesets } = await (await callApp("/v1/rulesets")).json<RulesetList>();
  return rulesets.find((ruleset) => ruleset.version === version);
}

beforeEach(async () => {
  // Each test starts from an empty store, and this isolate reads it again.
  for (const { name } of (await env.RULES!.list()).keys) await env.RULES!.delete(name);
  await env.DB.exec("DELETE FROM release_shadow_differences");
  releaseCache.invalidate();
});
afterEach(() => vi.useRealTimers());

describe("publishing a release with a new pair row", () => {
  it("puts it in shadow: answers stay as they were while the shadow report counts the encounters it would fail", async () => {
    const publication = await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles()));
    const published = await adminCall("", publication);
    expect(published.status).toBe(201);
    expect(await published.json<PublishedRelease>()).toMatchObject({
      version: "2026.4.7",
      state: "shadow",
      publishedBy: "compliance",
      hash: publication.hash,
    });
    expect(await listed("2026.4.7")).toMatchObject({ origin: "published", state: "shadow", hash: publication.hash });
    expect(await listed("2026.4.0")).toMatchObject({ origin: "bundled", state: "active" });

    const answer = await validate(pairEncounter);
    expect(answer).toMatchObject({ status: "pass", ruleset: { version: "2026.4.0" } });
    await validate({ ...pairEncounter, encounterId: "enc-pair-2" });
    await validate({ ...pairEncounter, encounterId: "enc-pinned" }, "?ruleset=2026.4.0");

    const report = await (await adminCall("/2026.4.7/shadow-report")).json<ShadowReport>();
    expect(report).toMatchObject({ version: "2026.4.7", state: "shadow", compared: 2, differing: 2 });
    expect(report.differences).toContainEqual({
      kind: "status",
      detail: "pass → fail",
      count: 2,
      examples: [
        { tenant: "default", encounterId: "enc-pair" },
        { tenant: "default", encounterId: "enc-pair-2" },
      ],
    });
    expect(report.differences).toContainEqual(
      expect.objectContaining({ kind: "finding-added", detail: "ncci.ptp.never-together", count: 2 }),
    );
    expect(report.differences).toContainEqual(expect.objectContaining({ kind: "billing", detail: "lines", count: 2 }));
  });

  it("compares the dates of service of a claim sent to /v1/claims/validate too", async () => {
    await adminCall("", await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles())));
    const item = (code: string, sequence: number) => ({
      ...exampleFhirClaim.item[0]!,
      sequence,
      productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code }] },
      quantity: { value: 1 },
      servicedDate: pairEncounter.dateOfService,
    });
    const claim = { ...exampleFhirClaim, item: [item("97110", 1), item("97535", 2)] };
    const response = await callApp("/v1/claims/validate", {
      method: "POST",
      headers: { "content-type": "application/fhir+json" },
      body: JSON.stringify(claim),
    });
    expect(response.status).toBe(200);

    const report = await (await adminCall("/2026.4.7/shadow-report")).json<ShadowReport>();
    expect(report).toMatchObject({ compared: 1, differing: 1 });
    expect(report.differences).toContainEqual(
      expect.objectContaining({ kind: "finding-added", detail: "ncci.ptp.never-together", count: 1 }),
    );
  });

  it("answers pins of the release in shadow, so it can be tried before it is switched on", async () => {
    await adminCall("", await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles())));
    expect(await validate(pairEncounter, "?ruleset=2026.4.7")).toMatchObject({
      status: "fail",
      ruleset: { version: "2026.4.7" },
    });
  });

  it("changes the answers once activated, and rollback restores them", async () => {
    await adminCall("", await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles())));
    const activated = await adminCall("/2026.4.7/activate");
    expect(await activated.json<PublishedRelease>()).toMatchObject({ state: "active" });
    expect(await validate(pairEncounter)).toMatchObject({ status: "fail", ruleset: { version: "2026.4.7" } });
    expect(await listed("2026.4.0")).toMatchObject({ state: "active", effectiveTo: "2026-10-31" });

    const rolledBack = await adminCall("/2026.4.7/rollback");
    expect(await rolledBack.json<PublishedRelease>()).toMatchObject({
      state: "retired",
      retiredBecause: "rolled-back",
    });
    expect(await validate(pairEncounter)).toMatchObject({ status: "pass", ruleset: { version: "2026.4.0" } });
  });

  it("switches on by itself at its activateAt, which an isolate sees within 30 seconds without a restart", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-20T09:00:00Z"), toFake: ["Date"] });
    await adminCall(
      "",
      await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles()), { activateAt: "2026-11-20T10:00:00Z" }),
    );
    vi.setSystemTime(new Date("2026-11-20T09:59:50Z"));
    expect(await validate(pairEncounter)).toMatchObject({ status: "pass" });
    // Read 20 s ago: the isolate answers from what it read, the release still in shadow.
    vi.setSystemTime(new Date("2026-11-20T10:00:10Z"));
    expect(await validate(pairEncounter)).toMatchObject({ status: "pass" });
    // 31 s: it reads the store again, and the release is active.
    vi.setSystemTime(new Date("2026-11-20T10:00:21Z"));
    expect(await validate(pairEncounter)).toMatchObject({ status: "fail", ruleset: { version: "2026.4.7" } });
  });

  it("answers the same version and hash again with its state, and refuses other content under that version", async () => {
    const publication = await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles()));
    await adminCall("", publication);
    expect((await adminCall("", publication)).status).toBe(200);
    const changed = await publicationOf("2026.4.7", shippedReleaseFiles());
    const conflict = await adminCall("", changed);
    expect(conflict.status).toBe(409);
    expect((await conflict.json<Problem>()).code).toBe("release-conflict");
  });
});

describe("two admins at once", () => {
  it("publishing two releases side by side keeps both", async () => {
    const [first, second] = await Promise.all([
      adminCall("", await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles()))),
      adminCall("", await publicationOf("2026.4.8", shippedReleaseFiles())),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([(await listed("2026.4.7"))?.state, (await listed("2026.4.8"))?.state]).toEqual(["shadow", "shadow"]);
  });
});

describe("the answers of release administration", () => {
  it("are the ones the OpenAPI document states, status, media type and body", async () => {
    const check = answerChecker(apiDocument());
    const publication = await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles()));
    const refused = await publicationOf("2026.4.8", shippedReleaseFiles(), { hash: publication.hash });
    const record = async (method: string, path: string, response: Response) => {
      const body = await response.text();
      return check({ method, path, status: response.status, contentType: response.headers.get("content-type"), body });
    };
    const mismatches = [
      ...(await record("POST", "/v1/admin/releases", await adminCall("", publication))),
      ...(await record("POST", "/v1/admin/releases", await adminCall("", publication))),
      ...(await record("POST", "/v1/admin/releases", await adminCall("", refused))),
      ...(await record(
        "GET",
        "/v1/admin/releases/{version}/shadow-report",
        await adminCall("/2026.4.7/shadow-report"),
      )),
      ...(await record("POST", "/v1/admin/releases/{version}/activate", await adminCall("/2026.4.7/activate"))),
      ...(await record("GET", "/v1/rulesets", await callApp("/v1/rulesets"))),
      ...(await record("POST", "/v1/admin/releases/{version}/rollback", await adminCall("/2026.4.7/rollback"))),
      ...(await record("POST", "/v1/admin/releases/{version}/rollback", await adminCall("/2026.4.7/rollback"))),
    ];
    expect(mismatches).toEqual([]);
  });
});

describe("a release the worker refuses", () => {
  it("names the golden case that fails", async () => {
    const files = withNewPairRow(shippedReleaseFiles());
    (files["tables/ncci-ptp-edits.json"]!.edits as unknown[]).pop();
    const response = await adminCall("", await publicationOf("2026.4.7", files));
    expect(response.status).toBe(422);
    const problem = await response.json<Problem>();
    expect(problem.code).toBe("release-refused");
    expect(problem.errors).toContainEqual({
      pointer: expect.stringMatching(/^\/files\/rules~1ncci\.cases\.json\/cases\/\d+$/),
      message: expect.stringContaining('golden case "97535 with 97110 fails from 2026-11-01" fails'),
    });
    expect(await listed("2026.4.7")).toBeUndefined();
  });

  it("names a fact the deployed code does not have", async () => {
    const files = shippedReleaseFiles();
    const rules = files["rules/ncci.json"]!.rules as Array<{ forEach: { fact: string } }>;
    rules[0]!.forEach.fact = "ptpPairEditsFromTheFuture";
    const problem = await (await adminCall("", await publicationOf("2026.4.7", files))).json<Problem>();
    expect(problem).toMatchObject({ status: 422, code: "release-refused" });
    expect(problem.errors).toEqual([
      {
        pointer: "/files/rules~1ncci.json/rules/0/forEach/fact",
        message: expect.stringContaining('unknown fact "ptpPairEditsFromTheFuture"'),
      },
    ]);
  });

  it("needs an admin key, not an API key", async () => {
    const publication = await publicationOf("2026.4.7", shippedReleaseFiles());
    const withApiKey = await callApp(
      "/v1/admin/releases",
      {
        method: "POST",
        headers: { authorization: "Bearer api-key", "content-type": "application/json" },
        body: JSON.stringify(publication),
      },
      { apiKeys: "api-key", adminKeys },
    );
    expect(withApiKey.status).toBe(401);
    const unconfigured = await callApp("/v1/admin/releases", {
      method: "POST",
      headers: admin,
      body: JSON.stringify(publication),
    });
    expect((await unconfigured.json<Problem>()).code).toBe("admin-keys-not-configured");
  });

  it("rolls back only the most recently activated release", async () => {
    await adminCall("", await publicationOf("2026.4.7", withNewPairRow(shippedReleaseFiles())));
    const response = await adminCall("/2026.4.7/rollback");
    expect(response.status).toBe(409);
    expect((await response.json<Problem>()).code).toBe("release-state-conflict");
  });
});
