// One 837P claim (CLM and its loops) to encounters, one per date of service and rendering
// provider: payer type from SBR09, discipline from the NUCC taxonomy in PRV03 (rendering, else
// billing provider), code, modifiers and units from SV1, diagnoses through SV107's pointers.
// Pure: segments in, a MappedClaim out; whatever cannot be mapped is a problem naming its segment.
import type { Encounter } from "../../generated/types/encounter.ts";
import {
  encounterIdFor,
  type EncounterLocations,
  type MappedClaim,
  type MappedVisit,
  type MappingProblem,
} from "../mapped-claim.ts";
import { payerTypeForClaimFilingIndicator } from "../payer-types.ts";
import { disciplineForTaxonomy, knownTaxonomies } from "../provider-taxonomy.ts";
import { locationOf, type SegmentLocation } from "./segment-location.ts";
import type { LoopedSegment, RawClaim, RawServiceLine } from "./x12-837p-claims.ts";
import { readClaimDiagnoses, type ClaimDiagnosis } from "./x12-diagnoses.ts";
import { readServiceLine, type ServiceLine } from "./x12-service-line.ts";

type Problem = MappingProblem<SegmentLocation>;
type Provider = {
  discipline: Encounter["provider"]["discipline"];
  npi: string | undefined;
  location: SegmentLocation;
  npiLocation: SegmentLocation | undefined;
};

export function mapX12Claim(raw: RawClaim, componentSeparator: string): MappedClaim<SegmentLocation> {
  const at = (looped: LoopedSegment, element?: string) => locationOf(raw.transactionSet, looped, element);
  const problems: Problem[] = [];
  const claimLocation = at(raw.clm, "CLM01");
  const claimId = raw.clm.segment.elements[1]?.trim() ?? "";
  if (!claimId)
    problems.push({
      severity: "error",
      code: "required",
      message: "CLM01 (the claim's identifier) is empty.",
      location: claimLocation,
    });

  const payer = readPayer(raw, at, claimLocation, problems);
  const diagnoses = readClaimDiagnoses(raw.diagnoses, componentSeparator, at, problems);
  const lines = raw.lines.map((line) =>
    readServiceLine(line, raw.serviceDate, componentSeparator, diagnoses.length, at, problems),
  );
  if (raw.lines.length === 0)
    problems.push({
      severity: "error",
      code: "required",
      message: "The claim has no service line (LX and SV1 in loop 2400).",
      location: claimLocation,
    });

  const visits: MappedVisit<SegmentLocation>[] = [];
  const groups = groupLines(raw, lines, at, problems);
  for (const [index, group] of groups.entries()) {
    if (!payer || !group.provider) continue;
    const visit = buildVisit({
      claimId,
      index,
      groupCount: groups.length,
      dateOfService: group.dateOfService,
      payer,
      provider: group.provider,
      lines: group.lines,
      diagnoses,
      claimLocation,
      problems,
    });
    if (visit) visits.push(visit);
  }
  return {
    claimId: claimId || `claim at segment ${raw.clm.segment.number}`,
    location: claimLocation,
    visits,
    problems,
  };
}

function readPayer(
  raw: RawClaim,
  at: (looped: LoopedSegment, element?: string) => SegmentLocation,
  claimLocation: SegmentLocation,
  problems: Problem[],
) {
  if (!raw.subscriber) {
    problems.push({
      severity: "error",
      code: "required",
      message: "No SBR (subscriber, loop 2000B) precedes the claim, so its payer type is unknown.",
      location: claimLocation,
    });
    return undefined;
  }
  const location = at(raw.subscriber, "SBR09");
  const indicator = raw.subscriber.segment.elements[9]?.trim() ?? "";
  const type = indicator ? payerTypeForClaimFilingIndicator(indicator) : undefined;
  if (!type) {
    const message = indicator
      ? `SBR09 claim filing indicator ${indicator} has no ClaimLint payer profile; those mapped are MA, MB, 16 (Medicare), MC (Medicaid), CI, BL, HM, 12–15, FI (commercial), WC (workers' compensation) and AM (auto).`
      : "SBR09 (claim filing indicator) is empty, so the payer type is unknown.";
    problems.push({ severity: "error", code: indicator ? "code-invalid" : "required", message, location });
    return undefined;
  }
  return { type, location };
}

function readProvider(
  name: LoopedSegment | undefined,
  taxonomy: LoopedSegment | undefined,
  fallback: SegmentLocation,
  at: (looped: LoopedSegment, element?: string) => SegmentLocation,
  problems: Problem[],
): Provider | undefined {
  const code = taxonomy?.segment.elements[3]?.trim() ?? "";
  if (!taxonomy || !code) {
    problems.push({
      severity: "error",
      code: "required",
      message: `No provider taxonomy: send PRV*PE*PXC*<NUCC code> with the rendering provider (loop 2310B or 2420A) or PRV*BI*PXC*<NUCC code> in loop 2000A, so the discipline can be told.`,
      location: name ? at(name) : fallback,
    });
    return undefined;
  }
  const location = at(taxonomy, "PRV03");
  const mapped = disciplineForTaxonomy(code);
  if (!mapped) {
    problems.push({
      severity: "error",
      code: "code-invalid",
      message: `PRV03 taxonomy ${code} is not one ClaimLint maps to a discipline; it maps ${knownTaxonomies}.`,
      location,
    });
    return undefined;
  }
  let npi: string | undefined;
  let npiLocation: SegmentLocation | undefined;
  if (name && name.segment.elements[8] === "XX") {
    const value = name.segment.elements[9]?.trim() ?? "";
    npiLocation = at(name, "NM109");
    if (/^[0-9]{10}$/.test(value)) npi = value;
    else
      problems.push({
        severity: "warning",
        code: "value",
        message: `NM109 ${value || "(empty)"} is not a 10-digit NPI; the provider was checked without one.`,
        location: npiLocation,
      });
  }
  return { discipline: mapped.discipline, npi, location, npiLocation };
}

interface LineGroup {
  dateOfService: string;
  provider: Provider | undefined;
  lines: ServiceLine[];
}

// NCCI edits and MUEs apply per date of service and provider: each pair is its own encounter.
function groupLines(
  raw: RawClaim,
  lines: (ServiceLine | undefined)[],
  at: (looped: LoopedSegment, element?: string) => SegmentLocation,
  problems: Problem[],
): LineGroup[] {
  const claimProvider = () => {
    const [name, taxonomy] =
      raw.renderingTaxonomy || raw.renderingName
        ? [raw.renderingName, raw.renderingTaxonomy ?? raw.billingTaxonomy]
        : [raw.billingName, raw.billingTaxonomy];
    return readProvider(name, taxonomy, at(raw.clm), at, problems);
  };
  let sharedProvider: Provider | undefined | null = null;
  const groups = new Map<string, LineGroup>();
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const rawLine: RawServiceLine = raw.lines[index]!;
    let provider: Provider | undefined;
    if (rawLine.renderingName || rawLine.renderingTaxonomy)
      provider = readProvider(
        rawLine.renderingName,
        rawLine.renderingTaxonomy ?? raw.renderingTaxonomy ?? raw.billingTaxonomy,
        at(rawLine.lx),
        at,
        problems,
      );
    else {
      if (sharedProvider === null) sharedProvider = claimProvider();
      provider = sharedProvider;
    }
    const key = `${line.dateOfService}|${provider?.npi ?? ""}|${provider?.discipline ?? ""}`;
    const group = groups.get(key) ?? { dateOfService: line.dateOfService, provider, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()];
}

interface VisitInput {
  claimId: string;
  index: number;
  groupCount: number;
  dateOfService: string;
  payer: { type: Encounter["payer"]["type"]; location: SegmentLocation };
  provider: Provider;
  lines: ServiceLine[];
  diagnoses: ClaimDiagnosis[];
  claimLocation: SegmentLocation;
  problems: Problem[];
}

function buildVisit(input: VisitInput): MappedVisit<SegmentLocation> | undefined {
  const { lines, diagnoses } = input;
  // The visit's diagnoses are those its lines point at, in claim order; without pointers, all of them.
  const pointed = new Set(lines.flatMap((line) => line.diagnosisPointers));
  const chosen = diagnoses.filter(
    (diagnosis, index) => diagnosis.code !== undefined && (pointed.size === 0 || pointed.has(index + 1)),
  );
  if (chosen.length === 0) {
    input.problems.push({
      severity: "error",
      code: "required",
      message: `No ICD-10-CM diagnosis (HI with ABK or ABF) applies to the lines of ${input.dateOfService}, so they were not checked.`,
      location: input.claimLocation,
    });
    return undefined;
  }
  const encounter: Encounter = {
    encounterId: encounterIdFor(input.claimId, input.index, input.groupCount),
    dateOfService: input.dateOfService,
    payer: { type: input.payer.type },
    provider: { discipline: input.provider.discipline, ...(input.provider.npi ? { npi: input.provider.npi } : {}) },
    diagnoses: chosen.map((diagnosis) => diagnosis.code!),
    services: lines.map((line) => line.service),
  };
  const locations: EncounterLocations<SegmentLocation> = {
    claim: input.claimLocation,
    dateOfService: lines[0]!.dateLocation,
    payer: input.payer.location,
    provider: input.provider.location,
    npi: input.provider.npiLocation,
    diagnoses: chosen.map((diagnosis) => diagnosis.location),
    services: lines.map((line) => line.locations),
  };
  return { encounter, locations };
}
