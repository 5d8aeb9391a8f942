// Which values in a rule name procedure codes or modifiers, so rules:check can look them up in
// the release's catalog and modifier table, and the rule explorer can tell which rules name a
// code. By convention a fact param called `codes` or ending
// in `Codes` holds procedure codes, and one called `modifiers` or ending in `Modifier(s)` holds
// modifiers; a fact that breaks the convention says so here.
export type ReferenceKind = "procedureCode" | "modifier";

interface FactReferences {
  /** Per param: what it holds, or "other" when its name misleads (e.g. diagnosis codes). */
  params?: Record<string, ReferenceKind | "other">;
  /** What the values a condition compares this fact with are. */
  value?: ReferenceKind;
}

export const factReferences: Readonly<Record<string, FactReferences>> = {
  serviceCodes: { value: "procedureCode" },
};

export function paramReferenceKind(fact: string, param: string): ReferenceKind | undefined {
  const declared = factReferences[fact]?.params?.[param];
  if (declared) return declared === "other" ? undefined : declared;
  if (/diagnos|icd/i.test(param)) return undefined;
  if (/^codes?$|Codes?$/.test(param)) return "procedureCode";
  if (/^modifiers?$|Modifiers?$/.test(param)) return "modifier";
  return undefined;
}

export function valueReferenceKind(fact: string): ReferenceKind | undefined {
  return factReferences[fact]?.value;
}

/** Each string in a value (a string or a list of them) with its pointer suffix. */
export function referencedStrings(value: unknown, at: string): Array<{ value: string; at: string }> {
  if (typeof value === "string") return [{ value, at }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => (typeof item === "string" ? [{ value: item, at: `${at}/${index}` }] : []));
  return [];
}
