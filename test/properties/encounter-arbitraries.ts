// fast-check generators of encounters: plausible ones built from the catalog's own codes,
// modifiers and payers, and mutated ones (a field dropped, replaced by any JSON value, or
// pushed past its limit), so properties see both what billers send and what breaks.
import fc from "fast-check";
import encounterSchema from "../../schemas/encounter.schema.json";
import type { Encounter, Service } from "../../worker/generated/types/encounter.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";

/** Fixed seed: a failure replays the same way on every machine (fast-check prints the path to shrink it). */
export const propertySeed = 20261130;

const latest = shippedRulesets.list().at(-1)!;
const catalogCodes = shippedRulesets.byVersion(latest.version).tables.catalog.codes.map((entry) => entry.code);

const payerTypes = encounterSchema.properties.payer.properties.type.enum;
const disciplines = encounterSchema.properties.provider.properties.discipline.enum;
const modifiers = ["GP", "GO", "GN", "59", "XE", "XS", "XP", "XU", "KX", "CQ", "CO", "25", "AT", "GA", "76"];
const diagnoses = [
  "M54.50",
  "M25.511",
  "S33.5XXA",
  "M62.81",
  "R26.89",
  "Z98.890",
  "M99.03",
  "G81.90",
  "R13.12",
  "F80.1",
];

const calendarDate = fc
  .date({ min: new Date("2015-10-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const service: fc.Arbitrary<Service> = fc.record(
  {
    code: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...catalogCodes) },
      { weight: 1, arbitrary: fc.constantFrom("99999", "A1234", "97799") },
    ),
    minutes: fc.integer({ min: 0, max: 120 }),
    units: fc.integer({ min: 1, max: 8 }),
    modifiers: fc.uniqueArray(fc.constantFrom(...modifiers), { maxLength: 4 }),
    description: fc.constantFrom("dry needling, left trapezius, 15 minutes", "low-level laser, right shoulder"),
  },
  { requiredKeys: ["code"] },
);

export const plausibleEncounter: fc.Arbitrary<Encounter> = fc.record({
  encounterId: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
  dateOfService: calendarDate,
  payer: fc.record(
    { type: fc.constantFrom(...payerTypes), unitMethod: fc.constantFrom("cms", "ama") },
    { requiredKeys: ["type"] },
  ) as fc.Arbitrary<Encounter["payer"]>,
  provider: fc.record(
    { discipline: fc.constantFrom(...disciplines), npi: fc.constantFrom("1234567893", "1234567890") },
    { requiredKeys: ["discipline"] },
  ) as fc.Arbitrary<Encounter["provider"]>,
  diagnoses: fc.uniqueArray(fc.constantFrom(...diagnoses), { minLength: 1, maxLength: 4 }),
  services: fc.array(service, { minLength: 1, maxLength: 8 }),
});

type Mutation = (encounter: Record<string, unknown>) => unknown;

const fieldPaths = [
  "encounterId",
  "dateOfService",
  "payer",
  "payer.type",
  "payer.unitMethod",
  "provider",
  "provider.npi",
  "diagnoses",
  "services",
  "services.0",
  "services.0.code",
  "services.0.minutes",
  "services.0.units",
  "services.0.modifiers",
];

function mutateAt(
  encounter: Record<string, unknown>,
  path: string,
  change: (parent: Record<string, unknown>, key: string) => void,
): unknown {
  const copy = structuredClone(encounter);
  const keys = path.split(".");
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== "object" || next === null) return copy;
    parent = next as Record<string, unknown>;
  }
  change(parent, keys.at(-1)!);
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...fieldPaths).map(
    (path): Mutation =>
      (encounter) =>
        mutateAt(encounter, path, (parent, key) => void delete parent[key]),
  ),
  fc.tuple(fc.constantFrom(...fieldPaths), fc.jsonValue({ maxDepth: 2 })).map(
    ([path, value]): Mutation =>
      (encounter) =>
        mutateAt(encounter, path, (parent, key) => {
          parent[key] = value;
        }),
  ),
  fc.constantFrom<Mutation>(
    (encounter) => ({ ...encounter, services: Array.from({ length: 60 }, () => (encounter.services as unknown[])[0]) }),
    (encounter) => ({ ...encounter, diagnoses: new Array(500).fill(0) }),
    (encounter) => ({ ...encounter, dateOfService: "2026-02-30" }),
    (encounter) => ({ ...encounter, extra: true }),
    (encounter) => [encounter],
    () => null,
  ),
);

/** A plausible encounter with one to three mutations applied: usually not schema-valid any more. */
export const mutatedEncounter: fc.Arbitrary<unknown> = fc
  .tuple(plausibleEncounter, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([encounter, mutations]) =>
    mutations.reduce<unknown>(
      (body, mutate) =>
        typeof body === "object" && body !== null && !Array.isArray(body)
          ? mutate(body as Record<string, unknown>)
          : body,
      encounter,
    ),
  );
