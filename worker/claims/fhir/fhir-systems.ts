// The code systems and extensions ClaimLint reads and writes in FHIR.
export const procedureCodeSystems = new Set([
  "http://www.ama-assn.org/go/cpt", // CPT (FHIR's canonical URI)
  "urn:oid:2.16.840.1.113883.6.12", // CPT by OID
  "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", // HCPCS Level II
  "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
  "urn:oid:2.16.840.1.113883.6.285", // HCPCS by OID
]);
export const icd10cmSystems = new Set(["http://hl7.org/fhir/sid/icd-10-cm", "urn:oid:2.16.840.1.113883.6.90"]);
export const npiSystem = "http://hl7.org/fhir/sid/us-npi";
export const nuccTaxonomySystem = "http://nucc.org/provider-taxonomy";
export const cptSystem = "http://www.ama-assn.org/go/cpt";
export const hcpcsSystem = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

const claimLint = "https://claimlint.dev/fhir";
/** An item's direct treatment minutes: valueQuantity in min (UCUM) or valueInteger. */
export const treatmentMinutesExtension = `${claimLint}/StructureDefinition/treatment-minutes`;
/** One validated date of service: its status, ruleset and billing lines, on the OperationOutcome. */
export const validatedVisitExtension = `${claimLint}/StructureDefinition/validated-visit`;
/** A finding's source document, on its issue. */
export const findingSourceExtension = `${claimLint}/StructureDefinition/finding-source`;
/** ClaimLint's rule ids, in issue.details.coding. */
export const ruleCodeSystem = `${claimLint}/CodeSystem/rule`;
