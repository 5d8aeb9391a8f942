// The schema gate: a body either becomes an Encounter or a 422 listing every violation.
import { ProblemError } from "../errors/problem-error.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import { validateEncounterSchema } from "../generated/validators.js";
import { describeErrorCount, toSchemaErrors } from "./schema-errors.ts";

export function parseEncounter(body: unknown): Encounter {
  if (validateEncounterSchema(body)) return body as Encounter;
  const list = toSchemaErrors(validateEncounterSchema.errors ?? []);
  throw new ProblemError(
    "schema-violation",
    `The encounter has ${describeErrorCount(list)}; each names the JSON pointer of the value to fix.`,
    list,
  );
}
