// What changes between two releases' FHIR answers to the same claim: each visit's status, issues
// that appear or go, and items whose billed units change.
import { itemBilling, type ClaimOutcomeView, type IssueView } from "./fhir-outcome-view.ts";

export interface Change {
  kind: "added" | "removed" | "changed";
  label: string;
  what: string;
}

export function compareOutcomes(before: ClaimOutcomeView, after: ClaimOutcomeView): Change[] {
  const changes: Change[] = [];
  for (const visit of after.visits) {
    const was = before.visits.find((candidate) => candidate.dateOfService === visit.dateOfService);
    if (was && was.status !== visit.status)
      changes.push({
        kind: "changed",
        label: `Status on ${visit.dateOfService}`,
        what: `${was.status} → ${visit.status}`,
      });
  }
  const issues = (view: ClaimOutcomeView) => [...view.claimIssues, ...view.items.flatMap((item) => item.issues)];
  const key = (issue: IssueView) => `${issue.ruleId ?? issue.text}|${issue.expressions.join(",")}`;
  const describe = (issue: IssueView) =>
    `${issue.ruleId ? `${issue.ruleId}: ` : ""}${issue.text}${issue.expressions[0] ? ` (${issue.expressions[0]})` : ""}`;
  const beforeKeys = new Set(issues(before).map(key));
  const afterKeys = new Set(issues(after).map(key));
  for (const issue of issues(after))
    if (!beforeKeys.has(key(issue)))
      changes.push({ kind: "added", label: `New ${issue.severity}`, what: describe(issue) });
  for (const issue of issues(before))
    if (!afterKeys.has(key(issue)))
      changes.push({ kind: "removed", label: `Gone ${issue.severity}`, what: describe(issue) });
  for (const item of after.items) {
    const units = (view: ClaimOutcomeView) => {
      const billed = itemBilling(view, item.index);
      return !billed
        ? "not billed"
        : "units" in billed
          ? `${billed.units} unit${billed.units === 1 ? "" : "s"}`
          : `billed with item ${billed.with}`;
    };
    if (units(before) !== units(after))
      changes.push({
        kind: "changed",
        label: `Item ${item.index} (${item.code})`,
        what: `${units(before)} → ${units(after)}`,
      });
  }
  return changes;
}
