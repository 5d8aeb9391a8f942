// Small release folders built in the test, for the checks and the diff: each file's data as
// written, under a made-up project root, naming its schema as a real release file would.
import type { ReleaseFolder } from "../../../worker/tooling/authoring/release-files.ts";

export const root = "/project";

export function releaseFolder(version: string, files: Record<string, unknown>): ReleaseFolder {
  const directory = `${root}/rules/releases/${version}`;
  return {
    version,
    directory,
    files: Object.entries(files)
      .map(([relativePath, data]) => {
        const schema = (data as { $schema?: unknown } | null)?.$schema;
        const schemaName = typeof schema === "string" ? schema.split("schemas/")[1] : undefined;
        return {
          relativePath,
          absolutePath: `${directory}/${relativePath}`,
          schemaPath: schemaName ? `${root}/schemas/${schemaName}` : undefined,
          data,
        };
      })
      .sort((a, b) => a.relativePath.localeCompare(b.relativePath)),
  };
}

export const schema = (name: string) => `../../../../schemas/rules/${name}.schema.json`;

export const catalog = (...codes: string[]) => ({
  $schema: schema("catalog"),
  codes: codes.map((code) => ({ code, description: `code ${code}`, unitBasis: "timed", source: "test" })),
});

export const modifiers = (...names: string[]) => ({
  $schema: schema("modifiers"),
  description: "test",
  modifiers: names.map((modifier) => ({
    modifier,
    description: modifier,
    categories: ["ncci-associated"],
    source: "test",
  })),
});

export function pairEdit(column1: string, column2: string, effectiveDate: string, extra: Record<string, unknown> = {}) {
  return { column1, column2, effectiveDate, modifierIndicator: 1, rationale: "test", source: "test", ...extra };
}

export const pairEdits = (...edits: unknown[]) => ({ $schema: schema("ncci-ptp-edits"), description: "test", edits });

export function ruleFile(family: string, rules: unknown[]) {
  return { $schema: schema("rule-file"), family, description: "test", rules };
}

export function rule(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    description: "test",
    source: "test",
    forEach: { fact: "unknownCodes" },
    finding: { severity: "warning", message: "{code} is unknown", fix: "Fix {code}." },
    ...extra,
  };
}

export function goldenCases(...cases: Array<{ date?: string; expect: Record<string, unknown> }>) {
  return {
    $schema: schema("golden-cases"),
    cases: cases.map((entry, index) => ({
      name: `case ${index}`,
      encounter: {
        encounterId: "t",
        dateOfService: entry.date ?? "2026-11-02",
        payer: { type: "medicare" },
        provider: { discipline: "PT" },
        diagnoses: ["M54.50"],
        services: [{ code: "97110", minutes: 20 }],
      },
      expect: entry.expect,
    })),
  };
}
