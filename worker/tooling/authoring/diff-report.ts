// rules:diff's report: the changed rows per table, the changed rules, then each corpus
// encounter whose status or billing changes, with the findings that explain it.
import type { Finding } from "../../generated/types/validation-result.ts";
import type { CorpusImpact } from "./corpus-impact.ts";
import type { ReleaseDiff, RowChange } from "./release-diff.ts";

const noteFields = new Set(["source", "rationale", "description", "$key", "$file"]);
const marks = { added: "+", removed: "-", changed: "~" } as const;

export function formatReleaseDiff(diff: ReleaseDiff): string {
  const lines = [`rules:diff ${diff.from} → ${diff.to}`, ""];
  if (diff.sections.length === 0) lines.push("The two releases hold the same rows and rules.", "");
  for (const section of diff.sections) {
    const counts = (["added", "removed", "changed"] as const)
      .map((change) => [change, section.changes.filter((row) => row.change === change).length] as const)
      .filter(([, count]) => count > 0)
      .map(([change, count]) => `${count} ${change}`);
    lines.push(`${section.name} (${section.rowName}s): ${counts.join(", ")}`);
    for (const row of section.changes) lines.push(...formatRow(row, section.name === "rules" ? ruleGist : rowGist));
    lines.push("");
  }
  return lines.join("\n");
}

function formatRow(row: RowChange, gist: (row: RowChange) => string): string[] {
  const head = `  ${marks[row.change]} ${row.key}`;
  if (row.change === "changed") {
    const [only] = row.fields;
    // A setting that is its own row (a manifest field, a table's description) reads on one line.
    if (row.fields.length === 1 && (only!.field === row.key || only!.field === "value"))
      return [`${head}: ${short(only!.from)} → ${short(only!.to)}`];
    return [head, ...row.fields.map((field) => `      ${field.field}: ${short(field.from)} → ${short(field.to)}`)];
  }
  const text = gist(row);
  return [text ? `${head}  (${truncate(text, 140)})` : head];
}

/** A table row's meaning: its fields but the key, notes and sources. */
function rowGist(row: RowChange): string {
  return Object.entries(row.values)
    .filter(([field, value]) => !noteFields.has(field) && value !== undefined)
    .map(([field, value]) => `${field} ${short(value)}`)
    .join(", ");
}

/** A rule's severity, stage and what it checks. */
function ruleGist(row: RowChange): string {
  const finding = row.values.finding as { severity?: string } | undefined;
  return `${finding?.severity ?? "?"}, ${String(row.values.stage ?? "coding")} stage, ${String(row.values.$file)}: ${String(row.values.description)}`;
}

export function formatCorpusImpact(impact: CorpusImpact, corpusName: string, from: string, to: string): string {
  const lines = [
    `corpus ${corpusName}: ${impact.evaluated} encounters re-validated under ${from} and ${to}; ${impact.changed.length} change status or billing${
      impact.findingsOnly ? `, ${impact.findingsOnly} more change findings only` : ""
    }`,
  ];
  for (const problem of impact.invalid)
    lines.push(`  ! line ${problem.line}: skipped, not a valid encounter (${problem.message})`);
  for (const change of impact.changed) {
    lines.push("", `  line ${change.line} ${change.encounterId} (${change.summary})`);
    if (change.statusFrom !== change.statusTo) lines.push(`    status  ${change.statusFrom} → ${change.statusTo}`);
    if (change.billingFrom !== change.billingTo) lines.push(`    billing ${change.billingFrom} → ${change.billingTo}`);
    for (const finding of change.added) lines.push(`    + ${describeFinding(finding)}`);
    for (const finding of change.removed) lines.push(`    - ${describeFinding(finding)}`);
  }
  return lines.join("\n");
}

function describeFinding(finding: Finding): string {
  return `${finding.ruleId} ${finding.severity} [${finding.services.join(",")}] ${finding.codes.join(" ")}: ${truncate(finding.message, 120)}`;
}

function short(value: unknown): string {
  if (value === undefined) return "(none)";
  return truncate(typeof value === "string" ? value : JSON.stringify(value), 80);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
