import { describe, expect, it } from "vitest";
import { bundledReleases } from "../../worker/generated/releases.ts";
import type { BundledRelease } from "../../worker/rules/bundled-release.ts";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import { createRulesetRegistry } from "../../worker/rules/ruleset-registry.ts";

const shipped = bundledReleases[bundledReleases.length - 1]!;
const releaseFrom = (version: string, effectiveFrom: string): BundledRelease => ({
  ...shipped,
  version,
  hash: `sha256-${version}`,
  manifest: { ...shipped.manifest, version, effectiveFrom },
});
const registry = () =>
  createRulesetRegistry([releaseFrom("2026.4.0", "2026-10-01"), releaseFrom("2026.3.0", "2015-10-01")]);

describe("createRulesetRegistry", () => {
  it("answers a date of service with the release in force on that day", () => {
    expect(registry().forDate("2026-10-01").version).toBe("2026.4.0");
    expect(registry().forDate("2026-09-30").version).toBe("2026.3.0");
    expect(registry().forDate("2020-01-15").version).toBe("2026.3.0");
  });

  it("lets a pinned version win over the date", () => {
    expect(registry().select("2026-11-02", "2026.3.0").version).toBe("2026.3.0");
  });

  it("answers 404 for an unknown version, naming the known ones", () => {
    expect(() => registry().byVersion("1999.1.0")).toThrow(ProblemError);
    expect(() => registry().byVersion("1999.1.0")).toThrow(/2026\.3\.0, 2026\.4\.0/);
  });

  it("refuses a date before every release", () => {
    try {
      registry().forDate("2015-09-30");
      expect.unreachable();
    } catch (error) {
      expect((error as ProblemError).code).toBe("no-ruleset-for-date");
    }
  });

  it("lists releases oldest first with the day before the next one as effectiveTo", () => {
    const [older, newer] = registry().list();
    expect(older).toMatchObject({ version: "2026.3.0", effectiveFrom: "2015-10-01", effectiveTo: "2026-09-30" });
    expect(newer!.effectiveTo).toBeUndefined();
  });

  it("compiles a release once and reuses it", () => {
    const shared = registry();
    expect(shared.byVersion("2026.4.0")).toBe(shared.forDate("2026-12-01"));
  });
});
