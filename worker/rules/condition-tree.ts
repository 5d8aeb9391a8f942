// A rule's `when` is a tree: `all` and `any` groups and `not` over leaf conditions (a fact, an
// operator, a value). This is the one reading of that shape: the engine's fact registration, the
// precheck, the deployed release checks, the code explorer and rules:check all walk it from here.

export type LeafCondition = Record<string, unknown> & { fact: string };

export type ConditionNode =
  | { kind: "all" | "any"; children: readonly unknown[] }
  | { kind: "not"; child: unknown }
  | { kind: "leaf"; condition: LeafCondition }
  | { kind: "unreadable" };

/** What the node is, as json-rules-engine reads it: a group, a negation or a leaf. */
export function readCondition(node: unknown): ConditionNode {
  if (!node || typeof node !== "object" || Array.isArray(node)) return { kind: "unreadable" };
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.all)) return { kind: "all", children: record.all };
  if (Array.isArray(record.any)) return { kind: "any", children: record.any };
  if (record.not !== undefined) return { kind: "not", child: record.not };
  if (typeof record.fact === "string") return { kind: "leaf", condition: record as LeafCondition };
  return { kind: "unreadable" };
}

/** Every leaf condition under the node, in document order, each with its JSON pointer below `at`. */
export function conditionLeaves(
  node: unknown,
  at = "",
  found: Array<{ condition: LeafCondition; at: string }> = [],
): Array<{ condition: LeafCondition; at: string }> {
  const read = readCondition(node);
  if (read.kind === "leaf") found.push({ condition: read.condition, at });
  else if (read.kind === "not") conditionLeaves(read.child, `${at}/not`, found);
  else if (read.kind === "all" || read.kind === "any")
    for (const [index, child] of read.children.entries()) conditionLeaves(child, `${at}/${read.kind}/${index}`, found);
  return found;
}
