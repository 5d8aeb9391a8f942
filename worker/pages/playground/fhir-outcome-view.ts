// A FHIR answer (an OperationOutcome, or a batch-response Bundle of them) read back into what
// the playground shows per claim: its validated visits with their lines to bill, the issues about
// the whole claim, and each item of the request with the issues whose first expression names it.
import type { FhirExtension, FhirOperationOutcome } from "../../generated/types/claims/fhir-operation-outcome.ts";

export interface IssueView {
  severity: "error" | "warning" | "info";
  ruleId?: string;
  /** The FHIR IssueType, e.g. business-rule, code-invalid. */
  code: string;
  text: string;
  fix?: string;
  source?: string;
  /** FHIRPath expressions, the element to change first. */
  expressions: string[];
}

export interface VisitView {
  dateOfService: string;
  status: string;
  rulesetVersion: string;
  unitMethod: string;
  lines: Array<{ items: number[]; code: string; units: number; modifiers: string[] }>;
}

export interface ItemView {
  index: number;
  code: string;
  quantity?: number;
  modifiers: string[];
  issues: IssueView[];
}

export interface ClaimOutcomeView {
  label: string;
  visits: VisitView[];
  claimIssues: IssueView[];
  items: ItemView[];
}

type Issue = FhirOperationOutcome["issue"][number];
type Json = Record<string, unknown>;

const itemPath = /^Claim\.item\[(\d+)\]/;
const visitUrl = "https://claimlint.dev/fhir/StructureDefinition/validated-visit";
const sourceUrl = "https://claimlint.dev/fhir/StructureDefinition/finding-source";

export function fhirOutcomeViews(answer: unknown, request: unknown): ClaimOutcomeView[] {
  const response = answer as Json;
  if (response.resourceType !== "Bundle") return [outcomeView(answer as FhirOperationOutcome, request, 0)];
  const requestEntries = ((request as Json).entry ?? []) as Array<{ resource?: unknown }>;
  const entries = (response.entry ?? []) as Array<{
    resource?: FhirOperationOutcome;
    response?: { status?: string; outcome?: FhirOperationOutcome };
  }>;
  return entries.map((entry, index) => {
    const outcome = entry.resource ??
      entry.response?.outcome ?? {
        resourceType: "OperationOutcome",
        issue: [] as unknown as FhirOperationOutcome["issue"],
      };
    return outcomeView(outcome, requestEntries[index]?.resource, index);
  });
}

function outcomeView(outcome: FhirOperationOutcome, claim: unknown, index: number): ClaimOutcomeView {
  const requested = (typeof claim === "object" && claim !== null ? claim : {}) as Json;
  const items = ((requested.item ?? []) as Json[]).map((item, itemIndex) => itemView(item, itemIndex));
  const claimIssues: IssueView[] = [];
  for (const issue of outcome.issue.map(issueView)) {
    const itemIndex = Number(itemPath.exec(issue.expressions[0] ?? "")?.[1] ?? Number.NaN);
    if (Number.isNaN(itemIndex)) claimIssues.push(issue);
    else {
      items[itemIndex] ??= { index: itemIndex, code: "?", modifiers: [], issues: [] };
      items[itemIndex].issues.push(issue);
    }
  }
  const identifier = ((requested.identifier ?? []) as Json[])[0]?.value ?? requested.id;
  const label =
    typeof identifier === "string"
      ? `Claim ${identifier}`
      : requested.resourceType === "Claim"
        ? `Claim ${index + 1}`
        : `Entry ${index + 1} (not a Claim)`;
  return {
    label,
    visits: (outcome.extension ?? []).filter((extension) => extension.url === visitUrl).map(visitView),
    claimIssues,
    items: items.filter(Boolean),
  };
}

function itemView(item: Json, index: number): ItemView {
  const coding = (concept: unknown) => (((concept as Json | undefined)?.coding ?? []) as Json[])[0]?.code;
  const quantity = (item.quantity as Json | undefined)?.value;
  return {
    index,
    code: String(coding(item.productOrService) ?? "?"),
    ...(typeof quantity === "number" ? { quantity } : {}),
    modifiers: ((item.modifier ?? []) as unknown[])
      .map(coding)
      .filter((code): code is string => typeof code === "string"),
    issues: [],
  };
}

function issueView(issue: Issue): IssueView {
  const source = issue.extension?.find((extension) => extension.url === sourceUrl)?.valueString;
  const ruleId = issue.details?.coding?.[0]?.code;
  return {
    severity: issue.severity === "warning" ? "warning" : issue.severity === "information" ? "info" : "error",
    ...(ruleId ? { ruleId } : {}),
    code: issue.code,
    text: issue.details?.text ?? issue.code,
    ...(issue.diagnostics ? { fix: issue.diagnostics } : {}),
    ...(typeof source === "string" ? { source } : {}),
    expressions: issue.expression ?? [],
  };
}

function visitView(visit: FhirExtension): VisitView {
  const parts = visit.extension ?? [];
  const value = (url: string) =>
    String(
      Object.entries(parts.find((part) => part.url === url) ?? {}).find(([key]) => key.startsWith("value"))?.[1] ?? "",
    );
  const lines = parts
    .filter((part) => part.url === "billingLine")
    .map((line) => {
      const of = (url: string) => (line.extension ?? []).filter((part) => part.url === url);
      return {
        items: of("item").map((part) => Number(itemPath.exec(String(part.valueString))?.[1] ?? -1)),
        code: String((of("code")[0]?.valueCoding as Json | undefined)?.code ?? "?"),
        units: Number(of("units")[0]?.valuePositiveInt ?? 0),
        modifiers: of("modifier").map((part) => String(part.valueCode)),
      };
    });
  return {
    dateOfService: value("dateOfService"),
    status: value("status"),
    rulesetVersion: value("rulesetVersion"),
    unitMethod: value("unitMethod"),
    lines,
  };
}

/** What the claim bills for one item: its line's units, or that another item's line covers it. */
export function itemBilling(view: ClaimOutcomeView, index: number): { units: number } | { with: number } | undefined {
  for (const line of view.visits.flatMap((visit) => visit.lines)) {
    if (line.items[0] === index) return { units: line.units };
    if (line.items.includes(index)) return { with: line.items[0]! };
  }
  return undefined;
}
