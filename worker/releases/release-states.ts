// Where each published release stands, worked out from what the store records and the time:
// `shadow` until it is activated (explicitly, or by its activateAt passing), then `active`
// until a later activation takes over its dates (`retired`, superseded) or it is rolled back.
// Activate and roll back are pure transitions of that record; nothing here does I/O.
import { ProblemError } from "../errors/problem-error.ts";
import type { PublishedRelease, ReleaseState } from "../generated/types/published-release.ts";

/** What the store keeps per published release (the index); the state is derived, never stored. */
export type PublicationRecord = Omit<PublishedRelease, "state" | "retiredBecause">;

export interface ReleaseIndex {
  releases: Record<string, PublicationRecord>;
}

export const emptyIndex: ReleaseIndex = { releases: {} };

export type { PublishedRelease, ReleaseState };

/** The moment a release took over, if it has: its explicit activation, else its activateAt once passed; a later rollback undoes either. */
function activationTime(record: PublicationRecord, now: string): string | undefined {
  const scheduled = record.activateAt && record.activateAt <= now ? record.activateAt : undefined;
  const activated = record.activatedAt ?? scheduled;
  if (!activated) return undefined;
  return record.rolledBackAt && record.rolledBackAt >= activated ? undefined : activated;
}

/** Every published release with its state at `now`, oldest activation first for the active and retired ones. */
export function releaseStates(index: ReleaseIndex, now: string): PublishedRelease[] {
  const records = Object.values(index.releases);
  const activated = records
    .map((record) => ({ record, at: activationTime(record, now) }))
    .filter((entry): entry is { record: PublicationRecord; at: string } => entry.at !== undefined)
    .sort((a, b) => a.at.localeCompare(b.at) || a.record.version.localeCompare(b.record.version));
  // Newest activation first: a release keeps answering only the dates before every later-activated one's effectiveFrom.
  const states = new Map<string, PublishedRelease>();
  let floor: string | undefined;
  for (const { record, at } of [...activated].reverse()) {
    const answers = floor === undefined || record.effectiveFrom < floor;
    states.set(
      record.version,
      answers
        ? { ...record, activatedAt: at, state: "active" }
        : { ...record, activatedAt: at, state: "retired", retiredBecause: "superseded" },
    );
    floor = floor === undefined || record.effectiveFrom < floor ? record.effectiveFrom : floor;
  }
  return records.map((record) => {
    const known = states.get(record.version);
    if (known) return known;
    return record.rolledBackAt
      ? { ...record, state: "retired", retiredBecause: "rolled-back" }
      : { ...record, state: "shadow" };
  });
}

export function stateOf(index: ReleaseIndex, version: string, now: string): PublishedRelease {
  const found = releaseStates(index, now).find((release) => release.version === version);
  if (!found)
    throw new ProblemError(
      "not-found",
      `No published release ${version}; GET /v1/rulesets lists the releases and their origin.`,
    );
  return found;
}

/** Switches a release on now, whatever its state; an already active one is left as it is. */
export function activate(index: ReleaseIndex, version: string, now: string): ReleaseIndex {
  const current = stateOf(index, version, now);
  if (current.state === "active") return index;
  const record = index.releases[version]!;
  return { releases: { ...index.releases, [version]: { ...record, activatedAt: now } } };
}

/** Takes the most recently activated release off; the one active before it answers again (or the bundled releases alone). */
export function rollBack(index: ReleaseIndex, version: string, now: string): ReleaseIndex {
  const current = stateOf(index, version, now);
  const latest = releaseStates(index, now)
    .filter((release) => release.activatedAt && release.state !== "shadow")
    .sort((a, b) => a.activatedAt!.localeCompare(b.activatedAt!))
    .at(-1);
  if (current.state !== "active" || latest?.version !== version) {
    const which = latest ? `${latest.version} is` : "no published release is";
    throw new ProblemError(
      "release-state-conflict",
      `Only the most recently activated release can be rolled back, and ${which}; ${version} is ${current.state}.`,
    );
  }
  const record = index.releases[version]!;
  const { activateAt: _scheduled, activatedAt: _activated, ...rest } = record;
  return { releases: { ...index.releases, [version]: { ...rest, rolledBackAt: now } } };
}
