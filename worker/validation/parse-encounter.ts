// The schema gate: a body either becomes an Encounter or a 422 listing every violation.
import { ProblemError } from "../errors/problem-error.ts";
import type { Encounter } from "../generated/types/encounter.ts";
import { validateEncounterSchema } from "../generated/validators.js";
import { toSchemaErrors } from "./schema-errors.ts";

export function parseEncounter(body: unknown): Encounter {
  if (validateEncounterSchema(body)) return body as Encounter;
  const errors = toSchemaErrors(validateEncounterSchema.errors ?? []);
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  throw new ProblemError("schema-violation", `The encounter has ${count}; each names the JSON pointer of the value to fix.`, { errors });
}
