// The earlier visits an encounter is judged with: the patient's other visits on or before its
// date of service. The route loads them from the ledger and the golden-case runner builds them
// from a case's `history`; both pass them through here, so both see the same visits.
import type { Encounter } from "../generated/types/encounter.ts";
import type { LedgerVisit } from "./ledger-visit.ts";

export function earlierVisits(encounter: Encounter, visits: readonly LedgerVisit[]): LedgerVisit[] {
  return visits
    .filter((visit) => visit.encounterId !== encounter.encounterId && visit.dateOfService <= encounter.dateOfService)
    .sort((a, b) => a.dateOfService.localeCompare(b.dateOfService));
}

/** Whole cents, so amounts add up without floating-point drift. */
export function toCents(dollars: number | undefined): number {
  return dollars === undefined ? 0 : Math.round(dollars * 100);
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

export function formatCents(cents: number): string {
  return usd.format(cents / 100);
}
