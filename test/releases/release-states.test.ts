import { describe, expect, it } from "vitest";
import {
  activate,
  emptyIndex,
  releaseStates,
  rollBack,
  type PublicationRecord,
  type ReleaseIndex,
} from "../../worker/releases/release-states.ts";

function record(version: string, effectiveFrom: string, fields: Partial<PublicationRecord> = {}): PublicationRecord {
  return {
    version,
    hash: `sha256-${version}`,
    effectiveFrom,
    description: version,
    publishedAt: "2026-11-01T00:00:00.000Z",
    publishedBy: "compliance",
    goldenCases: 1,
    ...fields,
  };
}

function indexOf(...records: PublicationRecord[]): ReleaseIndex {
  return { releases: Object.fromEntries(records.map((entry) => [entry.version, entry])) };
}

const stateMap = (index: ReleaseIndex, now: string) =>
  Object.fromEntries(
    releaseStates(index, now).map((release) => [
      release.version,
      release.retiredBecause ? `${release.state} (${release.retiredBecause})` : release.state,
    ]),
  );

describe("release states", () => {
  it("keeps a published release in shadow until it is activated", () => {
    expect(stateMap(indexOf(record("2027.1.0", "2027-01-01")), "2026-12-01T00:00:00Z")).toEqual({
      "2027.1.0": "shadow",
    });
  });

  it("makes a release active once its activateAt has passed, and not a moment before", () => {
    const index = indexOf(record("2027.1.0", "2027-01-01", { activateAt: "2026-12-01T10:00:00.000Z" }));
    expect(stateMap(index, "2026-12-01T09:59:59.999Z")).toEqual({ "2027.1.0": "shadow" });
    expect(releaseStates(index, "2026-12-01T10:00:00.000Z")[0]).toMatchObject({
      state: "active",
      activatedAt: "2026-12-01T10:00:00.000Z",
    });
  });

  it("retires an earlier activation whose dates a later one takes over, and keeps one that still answers earlier dates", () => {
    let index = indexOf(
      record("2026.4.1", "2026-11-01"),
      record("2026.4.2", "2026-11-01"),
      record("2027.1.0", "2027-01-01"),
    );
    index = activate(index, "2026.4.1", "2026-12-01T00:00:00Z");
    index = activate(index, "2027.1.0", "2026-12-02T00:00:00Z");
    expect(stateMap(index, "2026-12-03T00:00:00Z")).toEqual({
      "2026.4.1": "active",
      "2026.4.2": "shadow",
      "2027.1.0": "active",
    });
    index = activate(index, "2026.4.2", "2026-12-03T00:00:00Z");
    expect(stateMap(index, "2026-12-04T00:00:00Z")).toEqual({
      "2026.4.1": "retired (superseded)",
      "2026.4.2": "active",
      "2027.1.0": "retired (superseded)",
    });
  });

  it("rolls back to the release active before, and activating again brings a rolled-back one back", () => {
    let index = indexOf(record("2026.4.1", "2026-11-01"), record("2026.4.2", "2026-11-01"));
    index = activate(index, "2026.4.1", "2026-12-01T00:00:00Z");
    index = activate(index, "2026.4.2", "2026-12-02T00:00:00Z");
    index = rollBack(index, "2026.4.2", "2026-12-03T00:00:00Z");
    expect(stateMap(index, "2026-12-04T00:00:00Z")).toEqual({
      "2026.4.1": "active",
      "2026.4.2": "retired (rolled-back)",
    });
    index = activate(index, "2026.4.2", "2026-12-05T00:00:00Z");
    expect(stateMap(index, "2026-12-06T00:00:00Z")).toEqual({
      "2026.4.1": "retired (superseded)",
      "2026.4.2": "active",
    });
  });

  it("keeps a rolled-back release off even when its activateAt passes afterwards", () => {
    let index = indexOf(record("2027.1.0", "2027-01-01", { activateAt: "2026-12-10T00:00:00.000Z" }));
    index = activate(index, "2027.1.0", "2026-12-01T00:00:00.000Z");
    index = rollBack(index, "2027.1.0", "2026-12-02T00:00:00.000Z");
    expect(stateMap(index, "2026-12-11T00:00:00Z")).toEqual({ "2027.1.0": "retired (rolled-back)" });
  });

  it("refuses to roll back a release that is not the most recent activation, naming the one that is", () => {
    let index = indexOf(record("2026.4.1", "2026-11-01"), record("2027.1.0", "2027-01-01"));
    index = activate(index, "2026.4.1", "2026-12-01T00:00:00Z");
    index = activate(index, "2027.1.0", "2026-12-02T00:00:00Z");
    expect(() => rollBack(index, "2026.4.1", "2026-12-03T00:00:00Z")).toThrow(/2027\.1\.0 is/);
    expect(() => rollBack(index, "2027.1.0", "2026-12-03T00:00:00Z")).not.toThrow();
  });

  it("answers 404 for a version never published", () => {
    expect(() => activate(emptyIndex, "2027.1.0", "2026-12-01T00:00:00Z")).toThrow(
      expect.objectContaining({ code: "not-found" }),
    );
  });
});
