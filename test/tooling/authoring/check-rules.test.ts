import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { checkRuleFiles } from "../../../worker/tooling/authoring/check-rules.ts";
import { releaseReferences } from "../../../worker/tooling/authoring/check-tables.ts";
import { shippedVocabulary } from "../../../worker/tooling/authoring/rule-vocabulary.ts";
import { catalog, modifiers, releaseFolder, root, rule, ruleFile } from "./in-memory-release.ts";

const file = "rules/releases/2026.4.0/rules/sample.json";

function problemsOf(...rules: unknown[]): string[] {
  const folder = releaseFolder("2026.4.0", {
    "tables/catalog.json": catalog("97010", "97110", "97140"),
    "tables/modifiers.json": modifiers("GP", "59"),
    "rules/sample.json": ruleFile("sample", rules),
  });
  return checkRuleFiles(folder, root, releaseReferences(folder), shippedVocabulary).map(formatProblem);
}

describe("checkRuleFiles", () => {
  it("accepts a rule built from known facts, operators, params and item fields", () => {
    const sound = rule("sample.ok", {
      forEach: { fact: "services", params: { codes: ["97010"], withoutModifiers: ["GP"] } },
      when: {
        all: [
          { fact: "encounter", path: "payer.type", operator: "in", value: ["commercial"] },
          { not: { fact: "serviceCodes", operator: "contains", value: "97140" } },
        ],
      },
    });
    expect(problemsOf(sound)).toEqual([]);
  });

  it("names an unknown fact and suggests the closest one", () => {
    expect(problemsOf(rule("sample.typo", { forEach: { fact: "servics" } }))).toEqual([
      `${file} /rules/0/forEach/fact: unknown fact "servics" (did you mean "services"?); rules/README.md lists the facts`,
    ]);
  });

  it("names an unknown operator inside nested conditions", () => {
    expect(
      problemsOf(
        rule("sample.operator", {
          when: { any: [{ not: { fact: "encounter", path: "payer.type", operator: "equals", value: "medicare" } }] },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/when/any/0/not/operator: unknown operator "equals" (did you mean "equal"?); rules/README.md lists the operators`,
    ]);
  });

  it("refuses a billing-stage fact in a coding-stage rule", () => {
    expect(
      problemsOf(
        rule("sample.stage", {
          forEach: { fact: "unitsAboveAllowed" },
          finding: { severity: "error", message: "{code}", fix: "x" },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/forEach/fact: fact "unitsAboveAllowed" is a billing-stage fact (it reads the computed units): the rule needs "stage": "billing"`,
    ]);
  });

  it("refuses a placeholder the forEach items do not have, and any placeholder without forEach", () => {
    expect(
      problemsOf(
        rule("sample.placeholder", { finding: { severity: "info", message: "{code} for {payer}", fix: "x" } }),
      ),
    ).toEqual([
      `${file} /rules/0/finding/message: {payer} is not a field of "unknownCodes" items (they have service, code, services, codes)`,
    ]);
    const noItems = {
      forEach: undefined,
      when: { all: [{ fact: "encounter", path: "payer.type", operator: "equal", value: "medicare" }] },
      finding: { severity: "info", message: "ok", fix: "Fix {code}." },
    };
    expect(problemsOf(rule("sample.no-items", noItems))).toEqual([
      `${file} /rules/0/finding/fix: {code} cannot be filled: only a forEach rule has an item to fill placeholders from; write the text out or add forEach`,
    ]);
  });

  it("refuses a rule with neither when nor forEach", () => {
    expect(
      problemsOf(
        rule("sample.always", { forEach: undefined, finding: { severity: "info", message: "ok", fix: "ok" } }),
      ),
    ).toEqual([
      `${file} /rules/0: a rule needs \`when\`, \`forEach\` or both; without either it would fire on every encounter`,
    ]);
  });

  it("refuses rule ids used twice or outside the family", () => {
    expect(problemsOf(rule("sample.twice"), rule("sample.twice"), rule("other.rule"))).toEqual([
      `${file} /rules/1/id: rule id "sample.twice" is already defined at ${file} /rules/0`,
      `${file} /rules/2/id: rule id "other.rule" must start with its family, "sample."`,
    ]);
  });

  it("refuses an invalid regular expression and a date that is not a real date", () => {
    const when = {
      all: [
        { fact: "encounter", path: "provider.npi", operator: "matchesPattern", value: "^(1" },
        { fact: "encounter", path: "dateOfService", operator: "onOrAfter", value: "2026-02-30" },
      ],
    };
    expect(problemsOf(rule("sample.values", { when }))).toEqual([
      expect.stringMatching(new RegExp(`^${file} /rules/0/when/all/0/value: invalid regular expression: `)),
      `${file} /rules/0/when/all/1/value: onOrAfter needs a date written YYYY-MM-DD (a real calendar date), not "2026-02-30"`,
    ]);
  });

  it("refuses a malformed date wherever a rule compares one", () => {
    expect(
      problemsOf(
        rule("sample.date", {
          when: { all: [{ fact: "encounter", path: "dateOfService", operator: "equal", value: "2026-13-01" }] },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/when/all/0/value: malformed date "2026-13-01": write YYYY-MM-DD, a real calendar date`,
    ]);
  });

  it("refuses values of the wrong shape for their operator", () => {
    const when = {
      all: [
        { fact: "encounter", path: "payer.type", operator: "in", value: "medicare" },
        { fact: "unknownCodes", operator: "hasItems", value: "yes" },
      ],
    };
    expect(problemsOf(rule("sample.shapes", { when }))).toEqual([
      `${file} /rules/0/when/all/0/value: in needs a list as its value`,
      `${file} /rules/0/when/all/1/value: hasItems needs true (the list has items) or false (it is empty)`,
    ]);
  });

  it("refuses params the fact does not take, and codes or modifiers the release lacks", () => {
    expect(
      problemsOf(
        rule("sample.params", {
          forEach: { fact: "services", params: { code: "97010", codes: ["97999"], withAnyModifier: ["XX"] } },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/forEach/params/code: fact "services" takes no param "code" (did you mean "codes"?); it takes ${Object.keys(shippedVocabulary.facts.services!.params!.properties).join(", ")}`,
      `${file} /rules/0/forEach/params/codes/0: code 97999 is not in the release's catalog (tables/catalog.json); add it there first`,
      `${file} /rules/0/forEach/params/withAnyModifier/0: modifier XX is not in the release's modifier table (tables/modifiers.json); add it there first`,
    ]);
  });

  it("refuses a single code where the fact takes a list, saying how to write it", () => {
    expect(
      problemsOf(rule("sample.string-codes", { forEach: { fact: "services", params: { codes: "97140" } } })),
    ).toEqual([
      `${file} /rules/0/forEach/params/codes: \`codes\` must be a list, e.g. ["97140"] (write ["97140"] for one value)`,
    ]);
  });

  it("refuses params of the wrong type or outside their allowed values, one problem per param", () => {
    const params = { modifierIndicator: "1", columnTwoBypass: "maybe", withNeverBypassModifier: "true" };
    const finding = { severity: "error", message: "{column2Code} is bundled", fix: "Remove {column2Code}." };
    expect(problemsOf(rule("sample.typed", { forEach: { fact: "ptpPairEdits", params }, finding }))).toEqual([
      `${file} /rules/0/forEach/params/modifierIndicator: \`modifierIndicator\` must be one of 0 or 1, not "1"`,
      `${file} /rules/0/forEach/params/columnTwoBypass: \`columnTwoBypass\` must be one of "present" or "absent", not "maybe"`,
      `${file} /rules/0/forEach/params/withNeverBypassModifier: \`withNeverBypassModifier\` must be true or false (without quotes), not "true"`,
    ]);
  });

  it("refuses list items that are not text or not an allowed word, and empty lists", () => {
    expect(
      problemsOf(
        rule("sample.items", {
          forEach: { fact: "services", params: { codes: [97140], unitBasis: ["minutes"], tags: [] } },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/forEach/params/codes/0: \`codes\` must be a list of text values in quotes, e.g. ["97140"]`,
      `${file} /rules/0/forEach/params/unitBasis/0: \`unitBasis\` may hold only "timed", "untimed", "hourly", "unlisted" or "reporting"; "minutes" is not one of them`,
      `${file} /rules/0/forEach/params/tags: \`tags\` must list at least one value, e.g. ["massage"] (leave the param out to mean every one)`,
    ]);
  });

  it("refuses params on a fact that takes none", () => {
    expect(
      problemsOf(rule("sample.no-params", { forEach: { fact: "unknownCodes", params: { codes: ["97110"] } } })),
    ).toEqual([`${file} /rules/0/forEach/params/codes: fact "unknownCodes" takes no params: remove "codes"`]);
  });

  it("looks up the codes a condition compares serviceCodes with", () => {
    expect(
      problemsOf(
        rule("sample.codes", {
          when: { all: [{ fact: "serviceCodes", operator: "containsAny", value: ["97110", "97124"] }] },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/when/all/0/value/1: code 97124 is not in the release's catalog (tables/catalog.json); add it there first`,
    ]);
  });

  it("refuses forEach over a fact that is not a list, and omitFromBilling in a billing rule", () => {
    expect(
      problemsOf(
        rule("sample.not-list", {
          forEach: { fact: "encounter" },
          finding: { severity: "info", message: "ok", fix: "ok" },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/forEach/fact: fact "encounter" is not a list: forEach needs a fact with items (one finding per item)`,
    ]);
    expect(
      problemsOf(
        rule("sample.omit", {
          stage: "billing",
          finding: { severity: "info", message: "{code}", fix: "x", omitFromBilling: true },
        }),
      ),
    ).toEqual([
      `${file} /rules/0/finding/omitFromBilling: only coding-stage rules may take lines off the claim: billing rules run after the units are computed`,
    ]);
  });
});
