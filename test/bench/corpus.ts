// A deterministic, realistic mix of encounters for the benchmark: 1–8 services drawn from the
// release's catalog, pairs drawn from its pair table, and the mistakes billers make (missing
// or wrong modifiers, no minutes, wrong units, unlisted codes without a description, a
// procedure code among the diagnoses, an NPI with a bad check digit), so every rule family fires somewhere.
import type { Encounter, Service } from "../../worker/generated/types/encounter.ts";
import type { BundledRelease, CatalogCode } from "../../worker/rules/bundled-release.ts";
import { seededRandom, type SeededRandom } from "./seeded-random.ts";

export interface PairRow {
  column1: string;
  column2: string;
  effectiveDate: string;
  deletionDate?: string;
  modifierIndicator: number;
}

export interface CorpusOptions {
  seed: number;
  count: number;
  /** Services per encounter: a fixed number, or drawn from 1–8 (weighted to 2–4) when absent. */
  services?: number;
}

type Discipline = Encounter["provider"]["discipline"];
type PayerType = Encounter["payer"]["type"];

const therapyModifier: Partial<Record<Discipline, string>> = { PT: "GP", PTA: "GP", OT: "GO", OTA: "GO", SLP: "GN" };
const assistantModifier: Partial<Record<Discipline, string>> = { PTA: "CQ", OTA: "CO" };
const distinctServiceModifiers = ["59", "XE", "XS", "XP", "XU"];
const otherModifiers = ["KX", "GA", "RT", "LT", "22", "76", "ZZ"];
const diagnosisPool = [
  "M54.50",
  "M54.2",
  "M25.511",
  "M25.561",
  "M62.81",
  "S13.4XXA",
  "M79.18",
  "R26.89",
  "G89.29",
  "M5450",
  "S33.5XXA",
];
const descriptions = [
  "Cupping, lumbar paraspinals, 10 minutes",
  "Instrument-assisted soft tissue mobilization, right calf",
  "Kinesio taping, left shoulder",
];

/**
 * The shipped releases as the benchmark validates them: where a release has no MUE rows (the
 * shipped table is empty until a CMS quarter is loaded), a few synthetic ones, so the MUE rules
 * are measured doing their work. Benchmark-only numbers, never shipped.
 */
export function benchmarkReleases(releases: readonly BundledRelease[]): BundledRelease[] {
  return releases.map((release) => {
    if (release.tables.mue.edits.length > 0) return release;
    const source = "Synthetic row for the benchmark (test/bench/corpus.ts): not a CMS value";
    const edits: BundledRelease["tables"]["mue"]["edits"] = [
      { code: "97110", maxUnits: 4, adjudicationIndicator: 3, effectiveDate: "2015-10-01", source },
      { code: "97140", maxUnits: 2, adjudicationIndicator: 1, effectiveDate: "2015-10-01", source },
      { code: "97035", maxUnits: 1, adjudicationIndicator: 2, effectiveDate: "2015-10-01", source },
    ];
    return { ...release, tables: { ...release.tables, mue: { ...release.tables.mue, edits } } };
  });
}

export function pairRowsOf(release: BundledRelease): PairRow[] {
  const tables = release.tables as unknown as Record<string, { edits?: PairRow[] } | undefined>;
  return tables.ncciPtpEdits?.edits ?? [];
}

export function generateCorpus(releases: readonly BundledRelease[], options: CorpusOptions): Encounter[] {
  const random = seededRandom(options.seed);
  const ordered = [...releases].sort((a, b) => a.manifest.effectiveFrom.localeCompare(b.manifest.effectiveFrom));
  return Array.from({ length: options.count }, (_, index) => {
    // Most visits are recent; some fall in earlier releases' windows.
    const releaseIndex =
      ordered.length > 1 && random.chance(0.2) ? random.integer(0, ordered.length - 2) : ordered.length - 1;
    const release = ordered[releaseIndex]!;
    const windowEnd = ordered[releaseIndex + 1]?.manifest.effectiveFrom;
    return generateEncounter(random, release, { index, windowEnd, services: options.services });
  });
}

function generateEncounter(
  random: SeededRandom,
  release: BundledRelease,
  where: { index: number; windowEnd?: string; services?: number },
): Encounter {
  const payer = random.weighted<PayerType>([
    ["medicare", 40],
    ["commercial", 28],
    ["medicaid", 12],
    ["workers_comp", 8],
    ["auto", 6],
    ["self_pay", 6],
  ]);
  const discipline = random.weighted<Discipline>([
    ["PT", 40],
    ["PTA", 12],
    ["OT", 14],
    ["OTA", 5],
    ["SLP", 5],
    ["LMT", 10],
    ["DC", 10],
    ["AT", 2],
    ["MD", 2],
  ]);
  const dateOfService = dateWithin(random, release.manifest.effectiveFrom, where.windowEnd);
  const count =
    where.services ??
    random.weighted([
      [1, 10],
      [2, 20],
      [3, 25],
      [4, 20],
      [5, 10],
      [6, 7],
      [7, 5],
      [8, 3],
    ]);
  const { codes, pairColumnTwo } = pickCodes(random, release, dateOfService, discipline, count);
  const catalog = new Map(release.tables.catalog.codes.map((entry) => [entry.code, entry]));
  const services = codes.map((code, line) =>
    generateService(random, catalog.get(code), code, discipline, line === pairColumnTwo),
  );
  const encounter: Encounter = {
    encounterId: `bench-${where.index}`,
    dateOfService,
    payer: random.chance(0.05) ? { type: payer, unitMethod: random.pick(["cms", "ama"] as const) } : { type: payer },
    provider: { discipline, npi: random.chance(0.95) ? validNpi(random) : invalidNpi(random) },
    diagnoses: pickDiagnoses(random),
    services,
  };
  return encounter;
}

function pickCodes(
  random: SeededRandom,
  release: BundledRelease,
  dateOfService: string,
  discipline: Discipline,
  count: number,
) {
  const catalog = release.tables.catalog.codes;
  const codes: string[] = [];
  let pairColumnTwo: number | undefined;
  const pairs = pairRowsOf(release);
  // A fifth of the visits bill both codes of a pair edit.
  if (pairs.length > 0 && count >= 2 && random.chance(0.2)) {
    const inForce = pairs.filter(
      (row) => row.effectiveDate <= dateOfService && (!row.deletionDate || dateOfService < row.deletionDate),
    );
    const row = random.pick(inForce.length > 0 ? inForce : pairs);
    codes.push(row.column1, row.column2);
    pairColumnTwo = 1;
  }
  if (discipline === "DC" && random.chance(0.6)) codes.push(random.pick(["98940", "98941", "98942"]));
  const timed = catalog.filter((entry) => entry.unitBasis === "timed").map((entry) => entry.code);
  // The functional-limitation G-codes are a third of the catalog but rare on claims since 2019.
  const current = catalog.filter((entry) => entry.unitBasis !== "reporting").map((entry) => entry.code);
  const reporting = catalog.filter((entry) => entry.unitBasis === "reporting").map((entry) => entry.code);
  const common = ["97110", "97140", "97530", "97112", "97124", "97116", "97035", "97010", "97014", "G0283"];
  while (codes.length < count) {
    const code = random.weighted<string>([
      [random.pick(common), 60],
      [random.pick(timed), 20],
      [random.pick(current), 15],
      [random.pick(["97139", "97039"]), 2],
      [random.pick(["97799", "99213", "A4556"]), 2],
      [random.pick(reporting.length > 0 ? reporting : current), 1],
    ]);
    // One line per code, as a biller would send it.
    if (!codes.includes(code) || random.chance(0.03)) codes.push(code);
  }
  return { codes: codes.slice(0, count), pairColumnTwo };
}

function generateService(
  random: SeededRandom,
  entry: CatalogCode | undefined,
  code: string,
  discipline: Discipline,
  pairColumnTwo: boolean,
): Service {
  const service: Service = { code };
  const basis = entry?.unitBasis;
  if (basis === "timed") {
    if (!random.chance(0.04))
      service.minutes = random.weighted([
        [random.integer(8, 38), 80],
        [random.integer(1, 7), 12],
        [random.integer(39, 75), 8],
      ]);
  } else if (basis === "hourly") {
    service.minutes = random.integer(20, 200);
  } else if (random.chance(0.1)) {
    service.minutes = random.integer(5, 30);
  }
  if (random.chance(0.3)) {
    const expected = service.minutes === undefined ? 1 : Math.max(1, Math.round(service.minutes / 15));
    service.units = Math.max(
      1,
      expected +
        random.weighted([
          [0, 85],
          [1, 10],
          [-1, 5],
        ]),
    );
  }
  const modifiers = new Set<string>();
  const therapy = therapyModifier[discipline];
  if (therapy && random.chance(0.85)) modifiers.add(therapy);
  else if (random.chance(0.1)) modifiers.add(random.pick(["GP", "GO", "GN"]));
  const assistant = assistantModifier[discipline];
  if (assistant && random.chance(0.8)) modifiers.add(assistant);
  // The column-2 code of a pair usually carries a distinct-service modifier (not always, so the
  // edit fires); now and then one lands on a line that needs none.
  if (pairColumnTwo && random.chance(0.6))
    modifiers.add(
      random.weighted([
        ["XS", 4],
        ["XU", 3],
        ["59", 2],
        ["XE", 1],
        ["XP", 1],
      ]),
    );
  if (random.chance(0.02)) modifiers.add(random.pick(distinctServiceModifiers));
  if (random.chance(0.02)) modifiers.add(random.pick(otherModifiers));
  if (modifiers.size > 0) service.modifiers = [...modifiers].slice(0, 4);
  if (basis === "unlisted" ? random.chance(0.5) : random.chance(0.02)) service.description = random.pick(descriptions);
  return service;
}

function pickDiagnoses(random: SeededRandom): string[] {
  const diagnoses = new Set<string>();
  const count = random.weighted([
    [1, 50],
    [2, 30],
    [3, 20],
  ]);
  while (diagnoses.size < count) diagnoses.add(random.pick(diagnosisPool));
  // An ICD-10-PCS procedure code sent as a diagnosis, as in the user's FAQ.
  if (random.chance(0.03)) diagnoses.add("8E0KX1Z");
  return [...diagnoses];
}

function dateWithin(random: SeededRandom, from: string, before: string | undefined): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = before ? Math.max(1, Math.round((Date.parse(`${before}T00:00:00Z`) - start) / 86_400_000)) : 90;
  return new Date(start + random.integer(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** An NPI whose last digit is the Luhn check digit over the prefix 80840 and the first nine digits. */
export function validNpi(random: SeededRandom): string {
  const body = `${random.integer(1, 2)}${Array.from({ length: 8 }, () => random.integer(0, 9)).join("")}`;
  return body + npiCheckDigit(body);
}

function invalidNpi(random: SeededRandom): string {
  const valid = validNpi(random);
  return valid.slice(0, 9) + String((Number(valid[9]) + random.integer(1, 9)) % 10);
}

export function npiCheckDigit(firstNine: string): number {
  const digits = `80840${firstNine}`;
  let sum = 0;
  // The check digit will sit to the right, so the rightmost digit here is doubled.
  for (let position = 0; position < digits.length; position += 1) {
    let digit = Number(digits[digits.length - 1 - position]);
    if (position % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}
