import { describe, expect, it } from "vitest";
import { callWorker } from "../helpers/call-worker.ts";

interface CodeRulesAnswer {
  code: string;
  ruleset: { version: string };
  catalogEntry: { code: string };
  pairEdits: Array<{
    column: number;
    column1: string;
    column2: string;
    modifierIndicator: number;
    effectiveDate: string;
    source: string;
  }>;
  medicallyUnlikelyEdits: unknown[];
  rules: Array<{
    id: string;
    source: string;
    reasons: string[];
    goldenCases: Array<{ name: string; encounter: { services: Array<{ code: string }> } }>;
  }>;
}

async function codeRules(path: string): Promise<CodeRulesAnswer> {
  const response = await callWorker(path);
  expect(response.status).toBe(200);
  return response.json<CodeRulesAnswer>();
}

describe("GET /v1/codes/{code}/rules", () => {
  it("lists 97140's pair edits in both columns with dates and indicators", async () => {
    const answer = await codeRules("/v1/codes/97140/rules?ruleset=2026.4.0");
    expect(answer.catalogEntry.code).toBe("97140");
    expect(answer.pairEdits).toContainEqual(
      expect.objectContaining({
        column: 2,
        column1: "97124",
        column2: "97140",
        modifierIndicator: 0,
        effectiveDate: expect.any(String),
      }),
    );
    expect(answer.pairEdits).toContainEqual(
      expect.objectContaining({ column: 2, column1: "98941", column2: "97140", modifierIndicator: 1 }),
    );
    for (const edit of answer.pairEdits) expect([edit.column1, edit.column2][edit.column - 1]).toBe("97140");
  });

  it("shows the chiropractic pair only in the release that added it", async () => {
    const before = await codeRules("/v1/codes/98941/rules?ruleset=2026.3.0");
    const after = await codeRules("/v1/codes/98941/rules?ruleset=2026.4.0");
    expect(before.pairEdits.filter((edit) => edit.column2 === "97140")).toEqual([]);
    expect(after.pairEdits.filter((edit) => edit.column2 === "97140")).toHaveLength(1);
  });

  it("lists the pair-edit rule for 97140 with its source, why, and golden cases that bill 97140", async () => {
    const answer = await codeRules("/v1/codes/97140/rules?ruleset=2026.4.0");
    const rule = answer.rules.find((candidate) => candidate.id === "ncci.ptp.never-together");
    expect(rule).toBeDefined();
    expect(rule!.source).toMatch(/NCCI/);
    expect(rule!.reasons.some((reason) => reason.includes("97140"))).toBe(true);
    expect(rule!.goldenCases.length).toBeGreaterThan(0);
    for (const goldenCase of rule!.goldenCases)
      expect(goldenCase.encounter.services.map((service) => service.code)).toContain("97140");
  });

  it("lists the unlisted-code rules for an unlisted code because of its catalog tag", async () => {
    const search = await (await callWorker("/v1/codes?search=unlisted&ruleset=2026.4.0")).json<{
      codes: Array<{ code: string }>;
    }>();
    const unlisted = search.codes[0]!.code;
    const answer = await codeRules(`/v1/codes/${unlisted}/rules?ruleset=2026.4.0`);
    const tagged = answer.rules.filter((rule) => rule.reasons.some((reason) => reason.includes("tagged “unlisted”")));
    expect(tagged.length).toBeGreaterThan(0);
  });

  it("accepts a lower-case code", async () => {
    expect((await codeRules("/v1/codes/g0283/rules?ruleset=2026.4.0")).code).toBe("G0283");
  });

  it("answers 404 problem for a code outside the catalog", async () => {
    const response = await callWorker("/v1/codes/99999/rules");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not-found" });
  });

  it("answers 404 problem for an unknown release", async () => {
    const response = await callWorker("/v1/codes/97140/rules?ruleset=1999.1.0");
    expect(response.status).toBe(404);
  });

  it("answers 400 problem for a malformed date", async () => {
    const response = await callWorker("/v1/codes/97140/rules?date=someday");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid-request" });
  });

  it("answers 405 with an Allow header for POST", async () => {
    const response = await callWorker("/v1/codes/97140/rules", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
