// The payer type from the claim's focal insurance: its Coverage, contained in the Claim, typed
// with the Source of Payment Typology (or ClaimLint's own payer-type codes). A Coverage held
// elsewhere cannot be read here: a validation request carries one Claim, not a server's data.
import type { Encounter } from "../../generated/types/encounter.ts";
import type { MappingProblem } from "../mapped-claim.ts";
import {
  claimLintPayerTypeSystem,
  payerTypeForSourceOfPayment,
  sourceOfPaymentTypologySystems,
} from "../payer-types.ts";
import { arrayAt, codings, containedResource, type FhirObject } from "./fhir-json.ts";

const payerTypes = new Set<string>(["medicare", "medicaid", "commercial", "workers_comp", "auto", "self_pay"]);

export function readFhirPayer(
  claim: FhirObject,
  problems: MappingProblem<string>[],
): { type: Encounter["payer"]["type"]; location: string } | undefined {
  const insurance = arrayAt(claim, "insurance");
  const focalIndex = Math.max(
    0,
    insurance.findIndex((entry) => (entry as FhirObject)?.focal === true),
  );
  const location = insurance.length > 0 ? `Claim.insurance[${focalIndex}].coverage` : "Claim.insurance";
  const coverage = containedResource(claim, (insurance[focalIndex] as FhirObject | undefined)?.coverage);
  const advice = `Contain the Coverage in the Claim (insurance.coverage = "#id") with a type from the Source of Payment Typology (${sourceOfPaymentTypologySystems[0]}: 1… Medicare, 2… Medicaid, 5…/6…/7… private, 95… workers' compensation, 96 auto, 81 self-pay) or from ${claimLintPayerTypeSystem}.`;
  if (!coverage) {
    problems.push({
      severity: "error",
      code: "required",
      message: `The payer type cannot be told: the focal insurance's Coverage is not contained in the Claim. ${advice}`,
      location,
    });
    return undefined;
  }
  for (const coding of codings(coverage.type)) {
    if (!coding.code) continue;
    if (coding.system && sourceOfPaymentTypologySystems.includes(coding.system)) {
      const type = payerTypeForSourceOfPayment(coding.code);
      if (type) return { type, location };
    }
    if (coding.system === claimLintPayerTypeSystem && payerTypes.has(coding.code))
      return { type: coding.code as Encounter["payer"]["type"], location };
  }
  problems.push({
    severity: "error",
    code: "code-invalid",
    message: `The contained Coverage's type names no payer type ClaimLint has a profile for. ${advice}`,
    location: `${location}.resolve().type`,
  });
  return undefined;
}
