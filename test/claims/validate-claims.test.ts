import { describe, expect, it } from "vitest";
import { validateFhirBody, validateX12Text } from "../../worker/claims/validate-claims.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import hl7ProfessionalExample from "../fixtures/claims/claim-example-professional.json";
import twoClaims from "../fixtures/claims/two-pt-claims.837?raw";
import { therapyClaim } from "../helpers/fhir-claims.ts";

type Issue = {
  severity: string;
  code: string;
  details?: { coding?: { system: string; code: string }[]; text?: string };
  diagnostics?: string;
  expression?: string[];
  extension?: { url: string; valueString: string }[];
};

function issuesOf(outcome: object): Issue[] {
  return (outcome as { issue: Issue[] }).issue;
}

async function outcomeFor(body: unknown): Promise<Record<string, any>> {
  return (await validateFhirBody(body, shippedRulesets)) as Record<string, any>;
}

describe("validateFhirBody", () => {
  it("answers 97124 with 97140 with an error issue at the 97140 item: rule id, message, fix, source", async () => {
    const outcome = await outcomeFor(therapyClaim([{ code: "97124", units: 2 }, { code: "97140" }]));
    expect(outcome.resourceType).toBe("OperationOutcome");
    const pair = issuesOf(outcome).find((issue) => issue.details?.coding?.[0]?.code === "ncci.ptp.never-together")!;
    expect(pair).toMatchObject({
      severity: "error",
      code: "business-rule",
      expression: ["Claim.item[1]", "Claim.item[0]"],
    });
    expect(pair.details!.coding![0]!.system).toBe("https://claimlint.dev/fhir/CodeSystem/rule");
    expect(pair.details!.text).toContain("97140");
    expect(pair.diagnostics).toContain("Remove 97140");
    expect(pair.extension![0]).toMatchObject({ url: "https://claimlint.dev/fhir/StructureDefinition/finding-source" });
  });

  it("keeps the units of timed items sent without minutes and warns at each that they were not recomputed", async () => {
    const outcome = await outcomeFor(
      therapyClaim([
        { code: "97110", units: 2 },
        { code: "97112", units: 1 },
      ]),
    );
    const notes = issuesOf(outcome).filter((issue) => issue.details?.coding?.[0]?.code === "units.minutes-missing");
    expect(notes.map((note) => note.expression)).toEqual([["Claim.item[0]"], ["Claim.item[1]"]]);
    expect(notes[0]).toMatchObject({ severity: "warning" });
    expect(notes[0]!.details!.text).toContain("units could not be checked");
    const [visit] = outcome.extension as {
      extension: { url: string; extension?: { url: string; valuePositiveInt?: number }[] }[];
    }[];
    const units = visit!.extension
      .filter((part) => part.url === "billingLine")
      .map((line) => line.extension!.find((part) => part.url === "units")!.valuePositiveInt);
    expect(units).toEqual([2, 1]);
  });

  it("carries the ruleset and the lines to bill in a validated-visit extension", async () => {
    const outcome = await outcomeFor(therapyClaim([{ code: "97124", units: 2 }, { code: "97140" }]));
    const [visit] = outcome.extension as { url: string; extension: { url: string; [value: string]: unknown }[] }[];
    expect(visit!.url).toBe("https://claimlint.dev/fhir/StructureDefinition/validated-visit");
    const parts = visit!.extension;
    expect(parts.find((part) => part.url === "rulesetVersion")).toEqual({
      url: "rulesetVersion",
      valueString: "2026.4.0",
    });
    expect(parts.find((part) => part.url === "status")).toEqual({ url: "status", valueCode: "fail" });
    const lines = parts.filter((part) => part.url === "billingLine");
    expect(lines).toEqual([
      {
        url: "billingLine",
        extension: [
          { url: "item", valueString: "Claim.item[0]" },
          { url: "code", valueCoding: { system: "http://www.ama-assn.org/go/cpt", code: "97124" } },
          { url: "units", valuePositiveInt: 2 },
          { url: "modifier", valueCode: "GP" },
        ],
      },
    ]);
  });

  it("answers HL7's claim-example-professional with a well-formed OperationOutcome naming what it cannot check", async () => {
    const outcome = await outcomeFor(hl7ProfessionalExample);
    expect(Object.keys(outcome).sort()).toEqual(["issue", "resourceType"]);
    for (const issue of issuesOf(outcome)) {
      expect(["fatal", "error", "warning", "information"]).toContain(issue.severity);
      expect(issue.code).toMatch(/^[a-z-]+$/);
      expect(issue.details!.text!.length).toBeGreaterThan(0);
      expect(issue.expression![0]).toMatch(/^Claim(\.|$)/);
    }
    expect(issuesOf(outcome).map((issue) => issue.expression![0])).toContain("Claim.item[0].productOrService");
  });

  it("names a date no release answers at the item's servicedDate, and a mapped value off the schema at its element", async () => {
    const old = await outcomeFor(therapyClaim([{ code: "97110", date: "2014-08-16" }]));
    expect(issuesOf(old)).toEqual([
      expect.objectContaining({ severity: "error", code: "not-supported", expression: ["Claim.item[0].servicedDate"] }),
    ]);
    const longModifier = await outcomeFor(therapyClaim([{ code: "97110", modifiers: ["GPX"] }]));
    expect(issuesOf(longModifier)).toEqual([
      expect.objectContaining({ severity: "error", code: "value", expression: ["Claim.item[0].modifier[0]"] }),
    ]);
  });

  it("lists the first mapped values off the schema at their elements and counts the rest at the claim", async () => {
    const items = Array.from({ length: 25 }, () => ({ code: "97110", modifiers: ["GPX"] }));
    const issues = issuesOf(await outcomeFor(therapyClaim(items)));
    const atModifiers = issues.filter((issue) => issue.expression?.[0]?.endsWith(".modifier[0]"));
    expect(atModifiers).toHaveLength(20);
    expect(issues.filter((issue) => issue.expression?.[0] === "Claim")).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "value",
        details: { text: expect.stringContaining("5 more values of the lines of 2026-11-02 are not valid") },
      }),
    ]);
  });

  it("answers a batch Bundle with a batch-response, entry by entry, a non-Claim entry with its own 422", async () => {
    const bundle = {
      resourceType: "Bundle",
      type: "batch",
      entry: [{ resource: therapyClaim([{ code: "97110" }]) }, { resource: { resourceType: "Patient" } }],
    };
    const response = await outcomeFor(bundle);
    expect(response).toMatchObject({ resourceType: "Bundle", type: "batch-response" });
    const [first, second] = response.entry as Record<string, any>[];
    expect(first).toMatchObject({ resource: { resourceType: "OperationOutcome" }, response: { status: "200 OK" } });
    expect(second).toMatchObject({
      response: {
        status: "422 Unprocessable Entity",
        outcome: { issue: [{ severity: "error", expression: ["Bundle.entry[1].resource"] }] },
      },
    });
  });

  it("refuses a resource that is neither a Claim nor a batch Bundle", async () => {
    await expect(validateFhirBody({ resourceType: "Patient" }, shippedRulesets)).rejects.toMatchObject({
      code: "invalid-claim",
    });
    await expect(
      validateFhirBody({ resourceType: "Bundle", type: "transaction", entry: [] }, shippedRulesets),
    ).rejects.toMatchObject({ code: "invalid-claim" });
  });
});

describe("validateX12Text", () => {
  it("answers the two PT claims with their results, each finding pointing at its segment", async () => {
    const { claims } = await validateX12Text(twoClaims, shippedRulesets);
    // The first claim breaks no rule; its timed lines carry units without minutes, which only warns.
    expect(claims.map((claim) => [claim.claimId, claim.status])).toEqual([
      ["PT-1001", "warn"],
      ["PT-1002", "fail"],
    ]);
    const firstFindings = (claims[0]!.encounters[0]!.result as { findings: { ruleId: string; severity: string }[] })
      .findings;
    expect(
      new Set(firstFindings.filter((finding) => finding.severity !== "info").map((finding) => finding.ruleId)),
    ).toEqual(new Set(["units.minutes-missing"]));
    const second = claims[1]!.encounters[0]!;
    const findings = (second.result as { findings: { ruleId: string }[] }).findings;
    const pairIndex = findings.findIndex((finding) => finding.ruleId === "ncci.ptp.never-together");
    expect(second.findingSegments[pairIndex]![0]).toEqual({
      transactionSet: "0001",
      loop: "2400",
      segment: "SV1",
      position: 40,
      segmentNumber: 42,
    });
    expect(second.findingSegments).toHaveLength(findings.length);
  });
});
