// What changes between two releases on the same encounter: status, findings that appear or
// go, and lines whose units change.
import { element } from "../shared/dom.ts";
import type { Change } from "./outcome-changes.ts";
import { renderResult, type Finding, type ValidationResult } from "./result-view.ts";

export function compareResults(before: ValidationResult, after: ValidationResult): Change[] {
  const changes: Change[] = [];
  if (before.status !== after.status)
    changes.push({ kind: "changed", label: "Status", what: `${before.status} → ${after.status}` });
  const key = (finding: Finding) => `${finding.ruleId}|${finding.services.join(",")}`;
  const beforeKeys = new Set(before.findings.map(key));
  const afterKeys = new Set(after.findings.map(key));
  for (const finding of after.findings)
    if (!beforeKeys.has(key(finding)))
      changes.push({ kind: "added", label: `New ${finding.severity}`, what: `${finding.ruleId}: ${finding.message}` });
  for (const finding of before.findings)
    if (!afterKeys.has(key(finding)))
      changes.push({
        kind: "removed",
        label: `Gone ${finding.severity}`,
        what: `${finding.ruleId}: ${finding.message}`,
      });
  const services = new Set([...before.billing.lines, ...after.billing.lines].map((line) => line.service));
  for (const service of [...services].sort((a, b) => a - b)) {
    const was = before.billing.lines.find((line) => line.service === service);
    const is = after.billing.lines.find((line) => line.service === service);
    const units = (line: typeof was) => (line ? `${line.units} unit${line.units === 1 ? "" : "s"}` : "not billed");
    if (was?.units !== is?.units)
      changes.push({
        kind: "changed",
        label: `Service ${service} (${(is ?? was)!.code})`,
        what: `${units(was)} → ${units(is)}`,
      });
  }
  return changes;
}

export function renderComparison(
  before: ValidationResult,
  after: ValidationResult,
  services: readonly unknown[],
): HTMLElement {
  return changesSection(
    `From ${before.ruleset.version} to ${after.ruleset.version}`,
    compareResults(before, after),
    after.ruleset.version,
    renderResult(after, services),
    "encounter",
  );
}

/** The changes as a table, and the later answer in full behind a disclosure. */
export function changesSection(
  title: string,
  changes: readonly Change[],
  laterVersion: string,
  later: HTMLElement,
  what: string,
): HTMLElement {
  const heading = `What changes ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  const table =
    changes.length === 0
      ? element("p", { class: "no-changes" }, `Both releases answer this ${what} the same way.`)
      : element(
          "table",
          { class: "changes" },
          element("caption", { class: "visually-hidden" }, title),
          element(
            "thead",
            {},
            element("tr", {}, element("th", { scope: "col" }, "Change"), element("th", { scope: "col" }, "What")),
          ),
          element(
            "tbody",
            {},
            ...changes.map((change) =>
              element(
                "tr",
                { class: `change ${change.kind}` },
                element("td", {}, change.label),
                element("td", {}, change.what),
              ),
            ),
          ),
        );
  // Labelled by its text, not an id: a claim's answer holds one comparison per date of service.
  return element(
    "section",
    { class: "comparison", "aria-label": heading },
    element("h3", {}, heading),
    table,
    element("details", {}, element("summary", {}, `Everything under ${laterVersion}`), later),
  );
}
