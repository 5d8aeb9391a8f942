// A failing golden case as a two-column table, expected on the left and actual on the right,
// a ✗ on each row that differs, so a rule author sees at once what changed.
import { findingMatches, type GoldenCaseOutcome } from "../../rules/golden-case-run.ts";

type Expectation = GoldenCaseOutcome["expected"];
type Finding = NonNullable<Expectation["findings"]>[number];
type Line = NonNullable<Expectation["lines"]>[number];

interface Row {
  label: string;
  expected: string;
  actual: string;
  differs: boolean;
}

const absent = "—";
const notChecked = "(not checked)";

export function sideBySide(outcome: Pick<GoldenCaseOutcome, "expected" | "actual">): string {
  const rows = [
    ...scalarRows(outcome.expected, outcome.actual),
    ...lineRows(outcome.expected, outcome.actual),
    ...findingRows(outcome.expected, outcome.actual),
  ];
  return renderTable(rows);
}

function scalarRows(expected: Expectation, actual: Expectation): Row[] {
  return (["status", "totalTimedUnits"] as const).map((field) => {
    const wanted = expected[field];
    const got = actual[field];
    return {
      label: field,
      expected: wanted === undefined ? notChecked : String(wanted),
      actual: got === undefined ? absent : String(got),
      differs: wanted !== undefined && wanted !== got,
    };
  });
}

function lineRows(expected: Expectation, actual: Expectation): Row[] {
  const got = actual.lines ?? [];
  if (expected.lines === undefined)
    return got.map((line, index) => ({
      label: index === 0 ? "lines" : "",
      expected: index === 0 ? notChecked : "",
      actual: describeLine(line),
      differs: false,
    }));
  const count = Math.max(expected.lines.length, got.length);
  if (count === 0) return [{ label: "lines", expected: "(none)", actual: "(none)", differs: false }];
  return Array.from({ length: count }, (_, index) => {
    const wanted = expected.lines![index];
    const line = got[index];
    return {
      label: index === 0 ? "lines" : "",
      expected: wanted ? describeLine(wanted) : absent,
      actual: line ? describeLine(line) : absent,
      differs: JSON.stringify(wanted) !== JSON.stringify(line),
    };
  });
}

function findingRows(expected: Expectation, actual: Expectation): Row[] {
  const unmatched = [...(actual.findings ?? [])];
  const rows: Row[] = [];
  const take = (wanted: Finding, label: string) => {
    const index = unmatched.findIndex((candidate) => findingMatches(wanted, candidate));
    const found = index === -1 ? undefined : unmatched.splice(index, 1)[0];
    rows.push({
      label,
      expected: describeFinding(wanted),
      actual: found ? describeFinding(found) : absent,
      differs: !found,
    });
  };
  for (const wanted of expected.findings ?? []) take(wanted, "finding");
  for (const wanted of expected.includesFindings ?? []) take(wanted, "includes");
  for (const ruleId of expected.excludesRules ?? []) {
    const fired = (actual.findings ?? []).filter((candidate) => candidate.ruleId === ruleId);
    rows.push({
      label: "excludes",
      expected: `no ${ruleId}`,
      actual: fired.length ? fired.map(describeFinding).join("; ") : absent,
      differs: fired.length > 0,
    });
    for (const finding of fired) if (unmatched.includes(finding)) unmatched.splice(unmatched.indexOf(finding), 1);
  }
  // With `findings` the list is exact, so anything left over is a difference; otherwise it is context.
  const exact = expected.findings !== undefined;
  for (const extra of unmatched)
    rows.push({ label: "finding", expected: absent, actual: describeFinding(extra), differs: exact });
  if (rows.length === 0) rows.push({ label: "findings", expected: notChecked, actual: "(none)", differs: false });
  return rows;
}

function describeFinding(finding: Finding): string {
  const parts = [finding.ruleId];
  if (finding.severity) parts.push(finding.severity);
  if (finding.services) parts.push(`[${finding.services.join(",")}]`);
  if (finding.codes) parts.push(finding.codes.join(" "));
  return parts.join(" ");
}

function describeLine(line: Line): string {
  return `#${line.service} ${line.code} ×${line.units}${line.dependsOn ? ` (depends on ${line.dependsOn.join(", ")})` : ""}`;
}

function renderTable(rows: Row[]): string {
  const header: Row = { label: "", expected: "expected", actual: "actual", differs: false };
  const all = [header, ...rows];
  const widths = {
    label: Math.max(...all.map((row) => row.label.length)),
    expected: Math.max(...all.map((row) => row.expected.length)),
    actual: Math.max(...all.map((row) => row.actual.length)),
  };
  const render = (row: Row) =>
    `${row.differs ? "✗" : " "} ${row.label.padEnd(widths.label)} │ ${row.expected.padEnd(widths.expected)} │ ${row.actual.padEnd(widths.actual)}`.trimEnd();
  const rule = `  ${"─".repeat(widths.label)}─┼─${"─".repeat(widths.expected)}─┼─${"─".repeat(widths.actual)}`;
  return [render(header), rule, ...rows.map(render)].join("\n");
}
