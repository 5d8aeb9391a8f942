// Deployed code: rules:check runs it over the source and releases, the worker over a published release.
// What the API serves (findings, rule descriptions and sources, table rows' sources and rationales,
// release notes) cites public documents a biller can look up. Rule authors' own notes (the FAQ
// they worked from, how sure they are) go in `note` fields, which the worker never serves.
import { jsonPointer } from "../validation/json-pointer.ts";

/** Words that mark internal material, each with what to write instead. */
export const internalMarkers: ReadonlyArray<{ pattern: RegExp; instead: string }> = [
  { pattern: /000_366231e3abe50ae7/i, instead: "cite the public policy the FAQ reflects, not the FAQ's file" },
  {
    pattern: /domain facts/i,
    instead: "cite the CMS manual section, NCCI policy manual chapter or CPT descriptor itself",
  },
  { pattern: /the user's/i, instead: "cite a public document or describe the policy in public terms" },
  {
    pattern: /\((?:[HML]|M-H)\)|\b[HML] for\b|, [HML]\)|§\d+, [HML]\b/,
    instead: "confidence letters belong in `note`",
  },
  { pattern: /rationale not stated/i, instead: "say what the edit means for the biller, or leave the rationale out" },
];

/** Each internal marker found in text meant to be served, as "contains X: do Y instead". */
export function servedTextProblems(text: string): string[] {
  return internalMarkers.flatMap(({ pattern, instead }) => {
    const match = pattern.exec(text);
    return match
      ? [`contains "${match[0]}", which a biller cannot look up: ${instead} (internal notes go in \`note\`)`]
      : [];
  });
}

/** Every string of a rule or table file but its `note`s: whatever a fact, a finding or /v1/rulesets may
 * pass on to a biller. Erring wide: a table's own description is checked as if it were served. */
export function servedStrings(value: unknown, at = ""): Array<{ at: string; text: string }> {
  if (typeof value === "string") return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => servedStrings(item, `${at}/${index}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      key === "note" || key === "$schema" ? [] : servedStrings(item, `${at}${jsonPointer(key)}`),
    );
  }
  return [];
}
