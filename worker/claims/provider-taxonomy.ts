// NUCC Health Care Provider Taxonomy codes to the encounter's discipline. Claims name the
// rendering (or billing) provider's specialty by taxonomy code, never by ClaimLint's discipline.
// Source: NUCC Health Care Provider Taxonomy code set (nucc.org), the code list 837P PRV03 and
// FHIR's http://nucc.org/provider-taxonomy system use.
import type { Encounter } from "../generated/types/encounter.ts";

type Discipline = Encounter["provider"]["discipline"];

// Exact codes first, then a grouping's prefix (its subspecialties share the first four characters).
const exactCodes: Readonly<Record<string, Discipline>> = {
  "225100000X": "PT", // Physical Therapist
  "225200000X": "PTA", // Physical Therapy Assistant
  "225X00000X": "OT", // Occupational Therapist
  "224Z00000X": "OTA", // Occupational Therapy Assistant
  "235Z00000X": "SLP", // Speech-Language Pathologist
  "225700000X": "LMT", // Massage Therapist
  "111N00000X": "DC", // Chiropractor
  "363L00000X": "NP", // Nurse Practitioner
  "363A00000X": "PA", // Physician Assistant
  "2255A2300X": "AT", // Athletic Trainer
};

const prefixes: readonly [string, Discipline][] = [
  ["2251", "PT"], // Physical Therapist subspecialties (e.g. 2251X0800X orthopedic)
  ["225X", "OT"], // Occupational Therapist subspecialties
  ["224Z", "OTA"], // Occupational Therapy Assistant subspecialties
  ["111N", "DC"], // Chiropractor subspecialties
  ["363L", "NP"], // Nurse Practitioner subspecialties
  ["363A", "PA"], // Physician Assistant subspecialties
];

export type TaxonomyMapping = { discipline: Discipline; note?: string } | undefined;

export function disciplineForTaxonomy(code: string): TaxonomyMapping {
  const taxonomy = code.trim().toUpperCase();
  if (!/^[0-9A-Z]{9}X$/.test(taxonomy)) return undefined;
  const exact = exactCodes[taxonomy];
  if (exact) return { discipline: exact };
  for (const [prefix, discipline] of prefixes) if (taxonomy.startsWith(prefix)) return { discipline };
  // Allopathic (207, 208) and osteopathic physicians share these groupings; the taxonomy does
  // not tell an MD from a DO, and the rules treat both alike.
  if (taxonomy.startsWith("207") || taxonomy.startsWith("208")) {
    return {
      discipline: "MD",
      note: `${taxonomy} is a physician specialty; the taxonomy does not tell an MD from a DO, and ClaimLint's rules treat both alike`,
    };
  }
  return undefined;
}

export const knownTaxonomies =
  "physical therapy (225100000X, 2251…), PT assistant (225200000X), occupational therapy (225X…), OT assistant (224Z…), speech-language pathology (235Z00000X), massage therapy (225700000X), chiropractic (111N…), physicians (207…, 208…), nurse practitioners (363L…), physician assistants (363A…), athletic trainers (2255A2300X)";
