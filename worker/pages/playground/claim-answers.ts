// Claims as the playground shows them. An 837P: per claim its status and mapping problems, then
// each date of service with the encounter result view, every finding naming its segment. A FHIR
// Claim: per claim its validated visits, the issues about the whole claim, then each item with
// the issues whose element is that item.
import type { X12ClaimResults } from "../../generated/types/claims/x12-claim-results.ts";
import { element } from "../shared/dom.ts";
import { changesSection, renderComparison } from "./comparison.ts";
import { itemBilling, type ClaimOutcomeView, type IssueView, type ItemView } from "./fhir-outcome-view.ts";
import { compareOutcomes } from "./outcome-changes.ts";
import { findingItem, renderResult, statusWords, type ValidationResult } from "./result-view.ts";
import { findingPlaces, segmentLabel, segmentsLabel } from "./x12-locations.ts";

function badge(status: string): HTMLElement {
  return element("span", { class: `badge ${status}` }, statusWords[status] ?? status);
}

export function renderX12Results(answer: X12ClaimResults, compared?: X12ClaimResults): HTMLElement[] {
  if (answer.claims.length === 0)
    return [element("p", { class: "muted" }, "The interchange holds no claim (no CLM segment).")];
  return answer.claims.map((claim, claimIndex) =>
    element(
      "section",
      { class: "claim-answer", "aria-label": `Claim ${claim.claimId}`, "data-claim": claim.claimId },
      element("h3", {}, `Claim ${claim.claimId} `, badge(claim.status)),
      element("p", { class: "where" }, `At ${segmentLabel(claim.segment)}`),
      claim.problems.length > 0
        ? element(
            "section",
            { class: "claim-findings" },
            element("h3", {}, "What could not be mapped"),
            element(
              "ul",
              { class: "findings" },
              ...claim.problems.map((problem) =>
                findingItem({
                  severity: problem.severity,
                  rule: problem.code,
                  message: problem.message,
                  where: segmentsLabel([problem.segment]),
                }),
              ),
            ),
          )
        : null,
      ...claim.encounters.map((mapped, encounterIndex) => {
        const result = mapped.result as ValidationResult;
        const services = (mapped.encounter as { services?: unknown[] }).services ?? [];
        const places = findingPlaces(mapped);
        const other = compared?.claims[claimIndex]?.encounters[encounterIndex]?.result as ValidationResult | undefined;
        const date = String((mapped.encounter as { dateOfService?: unknown }).dateOfService ?? "");
        return element(
          "div",
          { class: "visit" },
          element("h4", {}, `Date of service ${date}`),
          renderResult(
            result,
            services,
            `Claim ${claim.claimId}, ${date}, under ${result.ruleset.version}`,
            (finding) => places.get(finding),
          ),
          other ? renderComparison(result, other, services) : null,
        );
      }),
    ),
  );
}

export function renderFhirOutcomes(
  views: readonly ClaimOutcomeView[],
  compared?: readonly ClaimOutcomeView[],
): HTMLElement[] {
  return views.map((view, index) => {
    const other = compared?.[index];
    const version = (claim: ClaimOutcomeView) => claim.visits[0]?.rulesetVersion ?? "the release chosen";
    return element(
      "section",
      { class: "claim-answer", "aria-label": view.label },
      element("h3", {}, view.label),
      outcomeView(view),
      other
        ? changesSection(
            `From ${version(view)} to ${version(other)}`,
            compareOutcomes(view, other),
            version(other),
            outcomeView(other),
            "claim",
          )
        : null,
    );
  });
}

function outcomeView(view: ClaimOutcomeView): HTMLElement {
  return element(
    "div",
    { class: "result" },
    ...(view.visits.length > 0
      ? view.visits.map((visit) =>
          element(
            "div",
            { class: "summary-bar" },
            badge(visit.status),
            element("span", {}, `Date of service ${visit.dateOfService}`),
            element("span", {}, "Release ", element("strong", {}, visit.rulesetVersion)),
            element("span", {}, `${visit.unitMethod.toUpperCase()} units`),
          ),
        )
      : [
          element(
            "div",
            { class: "summary-bar" },
            badge("not-checked"),
            element("span", {}, "No date of service could be validated; the issues say why."),
          ),
        ]),
    view.claimIssues.length > 0
      ? element(
          "section",
          { class: "claim-findings" },
          element("h3", {}, "The whole claim"),
          issueList(view.claimIssues, undefined),
        )
      : null,
    element("ol", { class: "lines", "aria-label": "Claim items" }, ...view.items.map((item) => itemView(view, item))),
  );
}

function itemView(view: ClaimOutcomeView, item: ItemView): HTMLElement {
  const billed = itemBilling(view, item.index);
  const path = `Claim.item[${item.index}]`;
  return element(
    "li",
    { class: "line", "data-item": String(item.index) },
    element(
      "header",
      {},
      element("span", { class: "muted" }, `Item ${item.index}`),
      element("span", { class: "code" }, item.code),
      element("span", {}, item.quantity === undefined ? "no quantity" : `${item.quantity} billed`),
      element("span", { class: "muted" }, item.modifiers.length > 0 ? item.modifiers.join(", ") : "no modifiers"),
      !billed
        ? element("span", { class: "units omitted" }, "Not billed")
        : element(
            "span",
            { class: "units" },
            "units" in billed
              ? `Bill ${billed.units} unit${billed.units === 1 ? "" : "s"}`
              : `Billed with item ${billed.with}`,
          ),
    ),
    item.issues.length > 0
      ? issueList(item.issues, path)
      : element("p", { class: "no-findings" }, "No issues on this item."),
  );
}

function issueList(issues: readonly IssueView[], path: string | undefined): HTMLElement {
  return element(
    "ul",
    { class: "findings" },
    ...issues.map((issue) => {
      const others = issue.expressions.filter((expression) => !path || !expression.startsWith(path));
      return findingItem({
        severity: issue.severity,
        rule: issue.ruleId ?? issue.code,
        also: path && others.length > 0 ? `also ${others.join(", ")}` : undefined,
        message: issue.text,
        fix: issue.fix,
        source: issue.source,
        where: issue.expressions[0] ? `Element: ${issue.expressions[0]}` : undefined,
      });
    }),
  );
}
