// A request body to a validation result: the schema gate, the release for the date of
// service (or the pinned one), then the rules. Shared by the validate, batch and webhook routes.
import type { ValidationResult } from "../generated/types/validation-result.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { evaluateEncounter } from "./evaluate-encounter.ts";
import { parseEncounter } from "./parse-encounter.ts";

export async function validateEncounter(body: unknown, registry: RulesetRegistry, pinnedVersion?: string): Promise<ValidationResult> {
  const encounter = parseEncounter(body);
  const ruleset = registry.select(encounter.dateOfService, pinnedVersion);
  return evaluateEncounter(encounter, ruleset);
}
