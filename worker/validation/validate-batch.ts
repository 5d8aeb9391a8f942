// Validates a batch encounter by encounter, in order. An encounter that cannot be validated
// (unreadable, off the schema, no release for its date) answers with its own problem on its
// line, carrying its index; it never fails the rest of the batch.
import { ProblemError } from "../errors/problem-error.ts";
import type { Problem } from "../generated/types/problem.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { BatchEntry } from "../http/read-batch-body.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { validateEncounter, type VisitLedger } from "./validate-encounter.ts";

export type BatchLine = ValidationResult | Problem;

export interface BatchOptions {
  pinnedVersion?: string;
  /** The problem's `instance`: the route the batch came through. */
  instance: string;
  /** The patients' visit ledger (validate-encounter.ts); without it, encounters with `patient` are judged alone. */
  ledger?: VisitLedger;
}

export async function validateBatch(
  entries: readonly BatchEntry[],
  registry: RulesetRegistry,
  options: BatchOptions,
): Promise<BatchLine[]> {
  const lines: BatchLine[] = [];
  // In order, one at a time: a patient's later encounter in the batch sees the earlier ones.
  for (const [index, entry] of entries.entries()) lines.push(await validateBatchEntry(entry, index, registry, options));
  return lines;
}

/** One encounter of a batch or a job; `index` is its 0-based position in the whole batch or file. */
export async function validateBatchEntry(
  entry: BatchEntry,
  index: number,
  registry: RulesetRegistry,
  options: BatchOptions,
): Promise<BatchLine> {
  try {
    if ("problem" in entry) throw entry.problem;
    return await validateEncounter(entry.value, registry, options.pinnedVersion, options.ledger);
  } catch (error) {
    // Anything but a ProblemError is a fault of ours, and goes to the one error handler.
    if (!(error instanceof ProblemError)) throw error;
    return lineProblem(error, options.instance, index, entry.line);
  }
}

export function lineProblem(error: ProblemError, instance: string, index: number, line: number | undefined): Problem {
  const problem: Problem = { ...error.toProblem(instance), index };
  if (line !== undefined) problem.line = line;
  return problem;
}
