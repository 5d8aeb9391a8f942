// An encounterId in a path, checked with the encounter schema's own rule, so a path is held to
// what a body would be.
import encounterSchema from "../../schemas/encounter.schema.json";
import { ProblemError } from "../errors/problem-error.ts";

export const encounterIdRule = encounterSchema.properties.encounterId;
const encounterIdPattern = new RegExp(encounterIdRule.pattern);

export function checkEncounterId(encounterId: string): void {
  if (!encounterIdPattern.test(encounterId) || encounterId.length > encounterIdRule.maxLength) {
    throw new ProblemError(
      "invalid-request",
      "The encounterId must be 1 to 100 letters, digits or . _ : - and start with a letter or digit.",
    );
  }
}
