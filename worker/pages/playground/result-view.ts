// One validation result as the playground shows it: a summary, the claim-wide findings, then
// each service line with its units and the findings that concern it.
import { element } from "../shared/dom.ts";

export interface Finding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  services: number[];
  codes: string[];
  fix: string;
  source: string;
}

export interface BillingLine {
  service: number;
  code: string;
  units: number;
  modifiers?: string[];
}

export interface ValidationResult {
  encounterId: string;
  status: "pass" | "warn" | "fail";
  ruleset: { version: string; hash: string };
  findings: Finding[];
  billing: { unitMethod: string; totalTimedMinutes: number; totalTimedUnits: number; lines: BillingLine[] };
}

interface ServiceInput {
  code?: unknown;
  minutes?: unknown;
  units?: unknown;
  modifiers?: unknown;
}

export const statusWords: Record<string, string> = {
  pass: "Pass",
  warn: "Warnings",
  fail: "Fails",
  "not-checked": "Not checked",
};

/** Where a finding points in the text sent (an 837P segment), when the page knows. */
export type WhereOf = (finding: Finding) => string | undefined;

export function renderResult(
  result: ValidationResult,
  services: readonly unknown[],
  heading = `Under ${result.ruleset.version}`,
  whereOf?: WhereOf,
): HTMLElement {
  const claimFindings = result.findings.filter((finding) => finding.services.length === 0);
  return element(
    "section",
    { class: "result", "aria-label": heading },
    element(
      "div",
      { class: "summary-bar" },
      element("span", { class: `badge ${result.status}` }, statusWords[result.status]),
      element("span", {}, "Release ", element("strong", {}, result.ruleset.version)),
      element(
        "span",
        {},
        `${result.billing.unitMethod.toUpperCase()} units: ${result.billing.totalTimedMinutes} timed minutes, ${result.billing.totalTimedUnits} timed units`,
      ),
      element(
        "span",
        { class: "muted" },
        `${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}`,
      ),
    ),
    claimFindings.length > 0
      ? element(
          "section",
          { class: "claim-findings" },
          element("h3", {}, "The whole claim"),
          findingList(claimFindings, undefined, whereOf),
        )
      : null,
    element(
      "ol",
      { class: "lines", "aria-label": "Service lines" },
      ...services.map((service, index) => lineView(result, service as ServiceInput, index, whereOf)),
    ),
  );
}

function lineView(
  result: ValidationResult,
  service: ServiceInput,
  index: number,
  whereOf: WhereOf | undefined,
): HTMLElement {
  const billed = result.billing.lines.find((line) => line.service === index);
  const findings = result.findings.filter((finding) => finding.services.includes(index));
  const modifiers =
    Array.isArray(service.modifiers) && service.modifiers.length > 0 ? service.modifiers.join(", ") : "no modifiers";
  const minutes = typeof service.minutes === "number" ? `${service.minutes} min` : "no minutes";
  return element(
    "li",
    { class: "line", "data-service": String(index) },
    element(
      "header",
      {},
      element("span", { class: "muted" }, `Service ${index}`),
      element("span", { class: "code" }, String(service.code ?? "?")),
      element("span", {}, minutes),
      element("span", { class: "muted" }, modifiers),
      billed
        ? element("span", { class: "units" }, `Bill ${billed.units} unit${billed.units === 1 ? "" : "s"}`)
        : element("span", { class: "units omitted" }, "Not billed"),
    ),
    findings.length > 0
      ? findingList(findings, index, whereOf)
      : element("p", { class: "no-findings" }, "No findings on this line."),
  );
}

function findingList(
  findings: readonly Finding[],
  line: number | undefined,
  whereOf: WhereOf | undefined,
): HTMLElement {
  return element(
    "ul",
    { class: "findings" },
    ...findings.map((finding) => findingView(finding, line, whereOf?.(finding))),
  );
}

function findingView(finding: Finding, line: number | undefined, where: string | undefined): HTMLElement {
  const others = finding.services.filter((service) => service !== line);
  return findingItem({
    severity: finding.severity,
    rule: finding.ruleId,
    also: line !== undefined && others.length > 0 ? `also service ${others.join(", ")}` : undefined,
    message: finding.message,
    fix: finding.fix,
    source: finding.source,
    where,
  });
}

export interface FindingItem {
  severity: Finding["severity"];
  rule: string;
  also?: string | undefined;
  message: string;
  fix?: string | undefined;
  source?: string | undefined;
  /** Where it points in what was sent: a segment, a FHIRPath. */
  where?: string | undefined;
}

/** One finding (or FHIR issue, or 837P mapping problem) as a list item. */
export function findingItem(item: FindingItem): HTMLElement {
  return element(
    "li",
    { class: `finding ${item.severity}`, "data-rule": item.rule },
    element("span", { class: `badge ${item.severity}` }, item.severity),
    " ",
    element("span", { class: "rule-id" }, item.rule),
    item.also ? element("span", { class: "muted" }, ` · ${item.also}`) : null,
    element("p", { class: "message-text" }, item.message),
    item.fix ? element("p", { class: "fix" }, item.fix) : null,
    item.where ? element("p", { class: "where" }, item.where) : null,
    item.source ? element("p", { class: "source" }, `Source: ${item.source}`) : null,
  );
}
