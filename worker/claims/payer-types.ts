// Payer types from what claims carry: the 837P's claim filing indicator (SBR09) and, in FHIR,
// a Coverage's type from the Source of Payment Typology. Codes with no ClaimLint payer profile
// are left unmapped, so the caller names them instead of guessing a profile.
import type { Encounter } from "../generated/types/encounter.ts";

type PayerType = Encounter["payer"]["type"];

// X12 005010 Claim Filing Indicator Code (element 1032), as the 837P TR3 lists it for SBR09.
const claimFilingIndicators: Readonly<Record<string, PayerType>> = {
  MA: "medicare", // Medicare Part A
  MB: "medicare", // Medicare Part B
  "16": "medicare", // Health Maintenance Organization (HMO) Medicare Risk: Medicare Advantage follows Medicare's billing rules
  MC: "medicaid",
  CI: "commercial", // Commercial Insurance Co.
  BL: "commercial", // Blue Cross/Blue Shield
  HM: "commercial", // Health Maintenance Organization
  "12": "commercial", // Preferred Provider Organization (PPO)
  "13": "commercial", // Point of Service (POS)
  "14": "commercial", // Exclusive Provider Organization (EPO)
  "15": "commercial", // Indemnity Insurance
  FI: "commercial", // Federal Employees Program: plans run by commercial carriers
  WC: "workers_comp", // Workers' Compensation Health Claim
  AM: "auto", // Automobile Medical
};

export function payerTypeForClaimFilingIndicator(code: string): PayerType | undefined {
  return claimFilingIndicators[code.trim().toUpperCase()];
}

export const sourceOfPaymentTypologySystems = ["https://nahdo.org/sopt", "urn:oid:2.16.840.1.113883.3.221.5"];

// Source of Payment Typology (PHDSC/NAHDO): the code's leading digits name its family.
export function payerTypeForSourceOfPayment(code: string): PayerType | undefined {
  const trimmed = code.trim();
  if (trimmed.startsWith("95")) return "workers_comp"; // Worker's Compensation
  if (trimmed.startsWith("96")) return "auto"; // Auto Insurance (includes no fault)
  if (trimmed.startsWith("81")) return "self_pay"; // Self-pay
  if (trimmed.startsWith("1")) return "medicare";
  if (trimmed.startsWith("2")) return "medicaid";
  if (trimmed.startsWith("5") || trimmed.startsWith("6") || trimmed.startsWith("7")) return "commercial"; // private, BCBS, managed care
  return undefined;
}

export const claimLintPayerTypeSystem = "https://claimlint.dev/fhir/CodeSystem/payer-type";
