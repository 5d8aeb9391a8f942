// Evaluates validations against the releases in shadow once their answers are sent
// (waitUntil): an encounter is compared with a shadow release when that release would answer
// its date of service if it were active, and the differences go to the shadow report. A pinned
// validation (?ruleset=) is not compared: the caller chose its release. An encounter naming a
// patient is judged with the same earlier visits from the ledger (read only: the answer given is
// what the ledger records). Nothing here can fail a request; a failure is logged without the encounter.
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { CompiledRuleset } from "../rules/compiled-ruleset.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { recordShadowComparisons, type ShadowComparison } from "../storage/release-shadow.ts";
import { ProblemError } from "../errors/problem-error.ts";
import type { LedgerVisit } from "../ledger/ledger-visit.ts";
import { evaluateEncounter } from "../validation/evaluate-encounter.ts";
import { type PatientEncounter, parseEncounter, type VisitLedger } from "../validation/validate-encounter.ts";
import { shadowDifferences } from "./shadow-differences.ts";

export interface AnsweredValidation {
  /** The request body the answer came from (parsed again here: nothing of it is kept). */
  body: unknown;
  answer: ValidationResult;
}

/** Compares each answered validation with every shadow release that would answer its date of service. */
export async function compareWithShadows(
  validations: readonly AnsweredValidation[],
  registry: RulesetRegistry,
  tenant: string,
  ledger?: VisitLedger,
): Promise<ShadowComparison[]> {
  const comparisons: ShadowComparison[] = [];
  for (const { body, answer } of validations) {
    const encounter = parseEncounter(body);
    const comparable = comparableShadows(registry, encounter.dateOfService);
    if (comparable.length === 0) continue;
    let history: LedgerVisit[] | undefined;
    try {
      history = encounter.patient && ledger ? await ledger.visitsOf(encounter as PatientEncounter) : undefined;
    } catch (error) {
      // The ledger refused it (another patient's encounterId): the answer was a problem, nothing to compare.
      if (error instanceof ProblemError) continue;
      throw error;
    }
    for (const shadow of comparable) {
      const differences = shadowDifferences(answer, await evaluateEncounter(encounter, shadow, history));
      comparisons.push({ version: shadow.version, tenant, encounterId: answer.encounterId, differences });
    }
  }
  return comparisons;
}

/** The releases in shadow that, active, would take this date of service over from the release that answers it. */
export function comparableShadows(registry: RulesetRegistry, dateOfService: string): CompiledRuleset[] {
  const shadows = registry.inShadow();
  if (shadows.length === 0) return [];
  const answering = registry.forDate(dateOfService);
  return shadows.filter(
    (shadow) => shadow.effectiveFrom <= dateOfService && shadow.effectiveFrom >= answering.effectiveFrom,
  );
}

/** Schedules the comparison after the answer; no-op for pinned validations or without a release in shadow. */
export function shadowAfterAnswer(
  context: Context<AppEnv>,
  registry: RulesetRegistry,
  validations: readonly AnsweredValidation[],
  pinnedVersion: string | undefined,
  ledger?: VisitLedger,
): void {
  if (pinnedVersion || validations.length === 0 || registry.inShadow().length === 0) return;
  const tenant = context.get("tenant");
  const work = async () => {
    try {
      await recordShadowComparisons(
        context.env.DB,
        await compareWithShadows(validations, registry, tenant, ledger),
        new Date().toISOString(),
      );
    } catch (error) {
      logShadowFailure(error);
    }
  };
  context.executionCtx.waitUntil(work());
}

/** The error's name and the start of its message, never the encounter. */
export function logShadowFailure(error: unknown, where: Record<string, unknown> = {}): void {
  const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
  console.warn(
    JSON.stringify({
      level: "warn",
      event: "shadow-evaluation-failed",
      ...where,
      error: name,
      message: message.slice(0, 200),
    }),
  );
}
