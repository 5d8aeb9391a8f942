// Builds encounters for tests: a valid Medicare PT visit, changed only where a test says.
import type { Encounter, Service } from "../../worker/generated/types/encounter.ts";

export function encounterWith(services: Service[], overrides: Partial<Encounter> = {}): Encounter {
  return {
    encounterId: "enc-test",
    dateOfService: "2026-11-02",
    payer: { type: "medicare" },
    provider: { discipline: "PT", npi: "1234567893" },
    diagnoses: ["M54.50"],
    services,
    ...overrides,
  };
}

export function timed(code: string, minutes: number, extra: Partial<Service> = {}): Service {
  return { code, minutes, modifiers: ["GP"], ...extra };
}
