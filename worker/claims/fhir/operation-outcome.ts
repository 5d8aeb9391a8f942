// A validated claim as a FHIR OperationOutcome: one issue per finding (severity, IssueType,
// the rule id in details.coding, the message in details.text, the fix in diagnostics, the
// FHIRPath of the element in expression, the source in an extension) and one per mapping
// problem. Each validated date of service travels as an extension: status, ruleset, lines to bill.
import type {
  FhirExtension as Extension,
  FhirOperationOutcome,
} from "../../generated/types/claims/fhir-operation-outcome.ts";
import type { Finding } from "../../generated/types/validation-result.ts";
import type { IssueCode } from "../mapped-claim.ts";
import type { ValidatedClaim, ValidatedVisit } from "../validate-mapped-claim.ts";
import {
  cptSystem,
  findingSourceExtension,
  hcpcsSystem,
  ruleCodeSystem,
  validatedVisitExtension,
} from "./fhir-systems.ts";

type Issue = FhirOperationOutcome["issue"][number];

const issueSeverity: Record<Finding["severity"], Issue["severity"]> = {
  error: "error",
  warning: "warning",
  info: "information",
};

// The FHIR IssueType a rule's finding is: most are business rules; these families say more.
function issueCodeFor(finding: Finding): string {
  if (finding.severity === "info") return "informational";
  if (finding.ruleId.startsWith("diagnoses.")) return "code-invalid";
  if (finding.ruleId === "units.unknown-code" || finding.ruleId === "modifiers.unknown") return "code-unknown";
  if (finding.ruleId === "units.minutes-missing" || finding.ruleId === "unlisted-codes.description-missing")
    return "required";
  return "business-rule";
}

export function toOperationOutcome(claim: ValidatedClaim<string>): FhirOperationOutcome {
  const issues: Issue[] = [];
  for (const problem of claim.problems) {
    issues.push({
      severity: problem.severity,
      code: problem.code satisfies IssueCode,
      details: { text: problem.message },
      expression: [problem.location],
    });
  }
  for (const visit of claim.visits) {
    for (const [index, finding] of visit.result.findings.entries()) {
      issues.push(findingIssue(finding, visit.findingLocations[index] ?? ["Claim"]));
    }
  }
  if (issues.length === 0)
    issues.push({
      severity: "information",
      code: "informational",
      details: { text: "No findings: the claim passes every rule ClaimLint checks." },
    });
  // FHIR JSON has no empty arrays: without a validated date of service there is no extension.
  const extension = claim.visits.map(visitExtension);
  return {
    resourceType: "OperationOutcome",
    ...(extension.length > 0 ? { extension } : {}),
    issue: issues as FhirOperationOutcome["issue"],
  };
}

function findingIssue(finding: Finding, expression: string[]): Issue {
  return {
    extension: [{ url: findingSourceExtension, valueString: finding.source }],
    severity: issueSeverity[finding.severity],
    code: issueCodeFor(finding),
    details: { coding: [{ system: ruleCodeSystem, code: finding.ruleId }], text: finding.message },
    diagnostics: finding.fix,
    expression,
  };
}

function visitExtension(visit: ValidatedVisit<string>): Extension {
  const { result, encounter } = visit;
  const part = (url: string, value: Omit<Extension, "url">): Extension => ({ url, ...value });
  return {
    url: validatedVisitExtension,
    extension: [
      part("encounterId", { valueString: result.encounterId }),
      part("dateOfService", { valueDate: encounter.dateOfService }),
      part("status", { valueCode: result.status }),
      part("rulesetVersion", { valueString: result.ruleset.version }),
      part("rulesetHash", { valueString: result.ruleset.hash }),
      part("unitMethod", { valueCode: result.billing.unitMethod }),
      ...result.billing.lines.map((line) =>
        part("billingLine", {
          extension: [
            // One line bills every item of its code and modifiers on the day: each is named.
            ...line.services.map((service) =>
              part("item", { valueString: visit.locations.services[service]?.line ?? "Claim" }),
            ),
            part("code", {
              valueCoding: { system: /^[0-9]/.test(line.code) ? cptSystem : hcpcsSystem, code: line.code },
            }),
            part("units", { valuePositiveInt: line.units }),
            ...line.modifiers.map((modifier) => part("modifier", { valueCode: modifier })),
          ],
        }),
      ),
    ],
  };
}
