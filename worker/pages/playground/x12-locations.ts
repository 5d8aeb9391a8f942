// Where an 837P answer points, in words a biller finds in the file: the segment, its loop, its
// position in the transaction set (as a 999 counts it) and its number in the file.
import type { MappedEncounter, X12Segment } from "../../generated/types/claims/x12-claim-results.ts";
import type { Finding } from "../../generated/types/validation-result.ts";

export function segmentLabel(segment: X12Segment): string {
  const element = segment.element ? `${segment.element} in ` : "";
  return `${element}${segment.segment}, loop ${segment.loop}: position ${segment.position} of transaction set ${segment.transactionSet} (segment ${segment.segmentNumber} of the file)`;
}

/** The segments a finding points at, the one to change first; undefined when none is known. */
export function segmentsLabel(segments: readonly X12Segment[] | undefined): string | undefined {
  if (!segments || segments.length === 0) return undefined;
  const [first, ...others] = segments;
  const also =
    others.length > 0
      ? `; also ${others.map((segment) => `${segment.segment} at position ${segment.position}`).join(", ")}`
      : "";
  return `At ${segmentLabel(first!)}${also}`;
}

/** Each finding of a mapped encounter with the words for where it points (findingSegments[i] is findings[i]'s). */
export function findingPlaces(mapped: MappedEncounter): Map<Finding, string> {
  const findings = (mapped.result as { findings?: Finding[] }).findings ?? [];
  const places = new Map<Finding, string>();
  findings.forEach((finding, index) => {
    const label = segmentsLabel(mapped.findingSegments[index]);
    if (label) places.set(finding, label);
  });
  return places;
}
