// One code as the rule explorer shows it: catalog entry, pair edits, unit limits, and the
// rules that can fire for it with their sources and golden cases.
import { element } from "../shared/dom.ts";
import { encodeFragmentText } from "../shared/fragment-text.ts";

interface PairEdit {
  column: 1 | 2;
  column1: string;
  column2: string;
  effectiveDate: string;
  deletionDate?: string;
  modifierIndicator: 0 | 1 | 9;
  rationale: string;
  source: string;
}

interface UnitLimit {
  code: string;
  maxUnits: number;
  adjudicationIndicator: number;
  effectiveDate: string;
  deletionDate?: string;
  rationale?: string;
  source: string;
}

interface GoldenCase {
  name: string;
  encounter: unknown;
  expect: unknown;
}

interface RuleForCode {
  id: string;
  family: string;
  description: string;
  severity: "error" | "warning" | "info";
  source: string;
  reasons: string[];
  goldenCases: GoldenCase[];
}

export interface CodeRules {
  code: string;
  ruleset: { version: string };
  catalogEntry: {
    code: string;
    description: string;
    unitBasis: string;
    alwaysTherapy?: boolean;
    medicareStatus?: string;
    tags?: string[];
    source: string;
  };
  pairEdits: PairEdit[];
  medicallyUnlikelyEdits: UnitLimit[];
  rules: RuleForCode[];
}

const indicatorMeaning = {
  0: "0: never together, no modifier bypasses",
  1: "1: a modifier on column 2 can bypass",
  9: "9: not applicable",
} as const;

export function renderCodeRules(answer: CodeRules): HTMLElement {
  const entry = answer.catalogEntry;
  return element(
    "article",
    { class: "code-rules" },
    element("h2", { id: "code-heading", tabindex: "-1" }, `${answer.code} · ${entry.description}`),
    element("p", { class: "muted" }, `As release ${answer.ruleset.version} has it.`),
    element(
      "dl",
      { class: "facts" },
      element("dt", {}, "Units"),
      element("dd", {}, entry.unitBasis),
      element("dt", {}, "Always therapy"),
      element("dd", {}, entry.alwaysTherapy ? "Yes: needs GP, GO or GN whoever performs it" : "No"),
      entry.medicareStatus ? element("dt", {}, "Medicare status") : null,
      entry.medicareStatus ? element("dd", {}, entry.medicareStatus) : null,
      element("dt", {}, "Tags"),
      element("dd", {}, entry.tags?.length ? entry.tags.join(", ") : "none"),
      element("dt", {}, "Source"),
      element("dd", {}, entry.source),
    ),
    element("h3", {}, `Pair edits (${answer.pairEdits.length})`),
    answer.pairEdits.length === 0
      ? element("p", { class: "muted" }, "No NCCI pair edit names this code in this release.")
      : pairTable(answer.pairEdits),
    element("h3", {}, `Unit limits (${answer.medicallyUnlikelyEdits.length})`),
    answer.medicallyUnlikelyEdits.length === 0
      ? element("p", { class: "muted" }, "No MUE row for this code: ClaimLint states none without a source.")
      : limitTable(answer.medicallyUnlikelyEdits),
    element("h3", {}, `Rules that can fire for ${answer.code} (${answer.rules.length})`),
    ...answer.rules.map(ruleCard),
  );
}

function table(caption: string, headings: string[], rows: string[][]): HTMLElement {
  return element(
    "div",
    { class: "table-scroll" },
    element(
      "table",
      {},
      element("caption", { class: "visually-hidden" }, caption),
      element("thead", {}, element("tr", {}, ...headings.map((heading) => element("th", { scope: "col" }, heading)))),
      element("tbody", {}, ...rows.map((cells) => element("tr", {}, ...cells.map((cell) => element("td", {}, cell))))),
    ),
  );
}

function pairTable(edits: readonly PairEdit[]): HTMLElement {
  return table(
    "NCCI pair edits",
    ["Column 1", "Column 2", "In force", "Indicator", "Rationale", "Source"],
    edits.map((edit) => [
      edit.column1,
      edit.column2,
      dates(edit),
      indicatorMeaning[edit.modifierIndicator],
      edit.rationale,
      edit.source,
    ]),
  );
}

function limitTable(limits: readonly UnitLimit[]): HTMLElement {
  return table(
    "Medically unlikely edits",
    ["Units", "Indicator", "In force", "Source"],
    limits.map((limit) => [String(limit.maxUnits), String(limit.adjudicationIndicator), dates(limit), limit.source]),
  );
}

function dates(row: { effectiveDate: string; deletionDate?: string }): string {
  return row.deletionDate ? `${row.effectiveDate} until ${row.deletionDate}` : `from ${row.effectiveDate}`;
}

function ruleCard(rule: RuleForCode): HTMLElement {
  return element(
    "section",
    { class: "card rule-card", "data-rule": rule.id },
    element(
      "h4",
      {},
      element("span", { class: `badge ${rule.severity}` }, rule.severity),
      " ",
      element("code", {}, rule.id),
    ),
    element("p", {}, rule.description),
    element("p", { class: "source" }, `Source: ${rule.source}`),
    reasonList(rule.reasons),
    rule.goldenCases.length === 0
      ? element(
          "p",
          { class: "muted" },
          `No golden case of the ${rule.family} rules has this code and states what this rule does.`,
        )
      : element(
          "div",
          {},
          element("p", {}, `Golden cases (${rule.goldenCases.length}):`),
          ...rule.goldenCases.map(goldenCaseView),
        ),
  );
}

/** The first reasons in full; a long tail (one per golden case that fired) folds away. */
function reasonList(reasons: readonly string[], shown = 3): HTMLElement {
  const list = (items: readonly string[]) =>
    element("ul", { class: "reasons" }, ...items.map((reason) => element("li", {}, reason)));
  if (reasons.length <= shown + 1) return list(reasons);
  return element(
    "div",
    {},
    list(reasons.slice(0, shown)),
    element(
      "details",
      {},
      element("summary", {}, `${reasons.length - shown} more reasons`),
      list(reasons.slice(shown)),
    ),
  );
}

function goldenCaseView(goldenCase: GoldenCase): HTMLElement {
  const link = `/playground#${new URLSearchParams({ encounter: encodeFragmentText(JSON.stringify(goldenCase.encounter, null, 2)) }).toString()}`;
  return element(
    "details",
    { class: "golden" },
    element("summary", {}, goldenCase.name),
    element("p", {}, element("a", { href: link }, "Open this encounter in the playground")),
    element("h5", {}, "Encounter"),
    element("pre", {}, element("code", {}, JSON.stringify(goldenCase.encounter, null, 2))),
    element("h5", {}, "Expected"),
    element("pre", {}, element("code", {}, JSON.stringify(goldenCase.expect, null, 2))),
  );
}
