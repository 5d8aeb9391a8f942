import { describe, expect, it } from "vitest";
import type { FhirOperationOutcome } from "../../../worker/generated/types/claims/fhir-operation-outcome.ts";
import {
  exampleFhirClaim,
  exampleOperationOutcome,
  exampleX12Results,
} from "../../../worker/openapi/claim-examples.ts";
import { fhirOutcomeViews, itemBilling } from "../../../worker/pages/playground/fhir-outcome-view.ts";
import { compareOutcomes } from "../../../worker/pages/playground/outcome-changes.ts";
import { findingPlaces, segmentLabel, segmentsLabel } from "../../../worker/pages/playground/x12-locations.ts";

const insuranceIssue: FhirOperationOutcome["issue"][number] = {
  severity: "error",
  code: "code-invalid",
  details: { text: "The Coverage type is not a Source of Payment Typology code." },
  expression: ["Claim.insurance[0]"],
};

describe("a FHIR answer as the playground shows it", () => {
  it("puts each issue at the item its first expression names, with rule, fix and source", () => {
    const [view] = fhirOutcomeViews(exampleOperationOutcome, exampleFhirClaim);
    expect(view!.label).toBe("Claim PT-2001");
    expect(view!.items.map((item) => [item.index, item.code, item.quantity, item.modifiers])).toEqual([
      [0, "97124", 2, ["GP"]],
      [1, "97140", 1, ["GP"]],
    ]);
    expect(view!.items[1]!.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        ruleId: "ncci.ptp.never-together",
        fix: "Remove 97140; bill 97124. No modifier changes this.",
        expressions: ["Claim.item[1]", "Claim.item[0]"],
      }),
    ]);
    expect(view!.items[1]!.issues[0]!.source).toMatch(/massage therapy billing/);
    expect(view!.items[0]!.issues.map((issue) => [issue.severity, issue.ruleId])).toEqual([
      ["warning", "units.minutes-missing"],
    ]);
    expect(view!.claimIssues).toEqual([]);
  });

  it("reads the validated visit's status, release and lines to bill per item", () => {
    const [view] = fhirOutcomeViews(exampleOperationOutcome, exampleFhirClaim);
    expect(view!.visits).toEqual([
      {
        dateOfService: "2026-11-02",
        status: "fail",
        rulesetVersion: "2026.4.0",
        unitMethod: "cms",
        lines: [{ items: [0], code: "97124", units: 2, modifiers: ["GP"] }],
      },
    ]);
    expect(itemBilling(view!, 0)).toEqual({ units: 2 });
    expect(itemBilling(view!, 1)).toBeUndefined();
  });

  it("keeps an issue about no item with the whole claim, and a mapping issue shows its IssueType", () => {
    const [view] = fhirOutcomeViews({ resourceType: "OperationOutcome", issue: [insuranceIssue] }, exampleFhirClaim);
    expect(view!.claimIssues).toEqual([
      {
        severity: "error",
        code: "code-invalid",
        text: insuranceIssue.details!.text,
        expressions: ["Claim.insurance[0]"],
      },
    ]);
    expect(view!.visits).toEqual([]);
  });

  it("answers a batch Bundle per entry, an entry that is no Claim with its 422 outcome", () => {
    const request = {
      resourceType: "Bundle",
      type: "batch",
      entry: [{ resource: exampleFhirClaim }, { resource: { resourceType: "Patient" } }],
    };
    const answer = {
      resourceType: "Bundle",
      type: "batch-response",
      entry: [
        { resource: exampleOperationOutcome, response: { status: "200 OK" } },
        {
          response: {
            status: "422 Unprocessable Entity",
            outcome: {
              resourceType: "OperationOutcome",
              issue: [
                {
                  severity: "error",
                  code: "invalid",
                  details: { text: "Entry 1 is a Patient, not a Claim." },
                  expression: ["Bundle.entry[1].resource"],
                },
              ],
            },
          },
        },
      ],
    };
    const views = fhirOutcomeViews(answer, request);
    expect(views.map((view) => view.label)).toEqual(["Claim PT-2001", "Entry 2 (not a Claim)"]);
    expect(views[1]!.claimIssues.map((issue) => issue.text)).toEqual(["Entry 1 is a Patient, not a Claim."]);
  });
});

describe("comparing two releases' FHIR answers", () => {
  it("lists the status, issues and units that change, and nothing when both are the same", () => {
    const [later] = fhirOutcomeViews(exampleOperationOutcome, exampleFhirClaim);
    const earlierOutcome = structuredClone(exampleOperationOutcome);
    earlierOutcome.issue = [earlierOutcome.issue[1]!] as FhirOperationOutcome["issue"];
    const visit = earlierOutcome.extension![0]!.extension!;
    visit.find((part) => part.url === "status")!.valueCode = "warn";
    visit.push({
      url: "billingLine",
      extension: [
        { url: "item", valueString: "Claim.item[1]" },
        { url: "code", valueCoding: { code: "97140" } },
        { url: "units", valuePositiveInt: 1 },
      ],
    });
    const [earlier] = fhirOutcomeViews(earlierOutcome, exampleFhirClaim);
    const changes = compareOutcomes(earlier!, later!);
    expect(changes.map((change) => [change.kind, change.label])).toEqual([
      ["changed", "Status on 2026-11-02"],
      ["added", "New error"],
      ["changed", "Item 1 (97140)"],
    ]);
    expect(changes[2]!.what).toBe("1 unit → not billed");
    expect(compareOutcomes(later!, later!)).toEqual([]);
  });
});

describe("where an 837P finding points", () => {
  it("names the segment, loop, position in the transaction set and number in the file, and the element when there is one", () => {
    expect(
      segmentLabel({
        transactionSet: "0001",
        loop: "2400",
        segment: "SV1",
        position: 24,
        segmentNumber: 26,
        element: "SV101-3",
      }),
    ).toBe("SV101-3 in SV1, loop 2400: position 24 of transaction set 0001 (segment 26 of the file)");
  });

  it("gives each finding of a mapped encounter its segments, the one to change first", () => {
    const mapped = exampleX12Results.claims[0]!.encounters[0]!;
    const places = findingPlaces(mapped);
    const [pairEdit, minutes] = (mapped.result as { findings: Array<{ ruleId: string }> }).findings as never[];
    expect(places.get(pairEdit!)).toBe(
      "At SV1, loop 2400: position 24 of transaction set 0001 (segment 26 of the file); also SV1 at position 21",
    );
    expect(places.get(minutes!)).toMatch(/^At SV1, loop 2400: position 21 /);
    expect(segmentsLabel([])).toBeUndefined();
  });
});
