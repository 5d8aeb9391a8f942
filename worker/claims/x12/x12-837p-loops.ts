// Names the 837P (005010X222A1) loop each segment of a transaction set belongs to, from the
// segments that open loops (HL by level code, NM1 by entity, CLM, SBR after a claim, LX, SVD).
import type { X12Segment } from "./x12-segments.ts";

const headerEntities: Readonly<Record<string, string>> = { "41": "1000A", "40": "1000B" };
const billingProviderEntities: Readonly<Record<string, string>> = { "85": "2010AA", "87": "2010AB", PE: "2010AC" };
const subscriberEntities: Readonly<Record<string, string>> = { IL: "2010BA", PR: "2010BB" };
const claimEntities: Readonly<Record<string, string>> = {
  DN: "2310A",
  P3: "2310A",
  "82": "2310B",
  "77": "2310C",
  DQ: "2310D",
  PW: "2310E",
  "45": "2310F",
};
const lineEntities: Readonly<Record<string, string>> = {
  "82": "2420A",
  QB: "2420B",
  "77": "2420C",
  AAE: "2420D",
  DN: "2420E",
  P3: "2420E",
  DK: "2420F",
  PW: "2420G",
  "45": "2420H",
};
const hierarchicalLevels: Readonly<Record<string, string>> = { "20": "2000A", "22": "2000B", "23": "2000C" };

export function loopOf(segment: X12Segment, current: string): string {
  const family = current.slice(0, 2);
  switch (segment.id) {
    case "ST":
    case "BHT":
      return "header";
    case "SE":
      return "trailer";
    case "HL":
      return hierarchicalLevels[segment.elements[3] ?? ""] ?? current;
    case "CLM":
      return "2300";
    case "LX":
      return "2400";
    case "SVD":
      return "2430";
    case "LIN":
      return "2410";
    case "SBR":
      // The subscriber's SBR opens 2000B (after its HL); inside a claim an SBR is another payer's (2320).
      return family === "23" ? "2320" : current;
    case "NM1":
      return entityLoop(segment.elements[1] ?? "", current, family);
    default:
      return current;
  }
}

function entityLoop(entity: string, current: string, family: string): string {
  if (current === "header" || current.startsWith("1000")) return headerEntities[entity] ?? current;
  if (current.startsWith("2000A") || current.startsWith("2010A")) return billingProviderEntities[entity] ?? current;
  if (current.startsWith("2000B") || current.startsWith("2010B")) return subscriberEntities[entity] ?? current;
  if (current.startsWith("2000C") || current.startsWith("2010C")) return entity === "QC" ? "2010CA" : current;
  // Other payers' names (2330x) follow their 2320 SBR.
  if (current.startsWith("232") || current.startsWith("233")) return "2330";
  if (family === "23") return claimEntities[entity] ?? current;
  if (family === "24") return lineEntities[entity] ?? current;
  return current;
}
