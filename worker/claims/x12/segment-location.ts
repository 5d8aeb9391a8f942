// Where something sits in an 837P: the loop, the segment and its position in the transaction
// set (ST = 1, as a 999 acknowledgment counts), its number in the file, and the element.
import type { LoopedSegment } from "./x12-837p-claims.ts";

export interface SegmentLocation {
  /** ST02 of the transaction set holding the segment. */
  transactionSet: string;
  loop: string;
  segment: string;
  /** Position in the transaction set, ST = 1. */
  position: number;
  /** Number in the file, ISA = 1. */
  segmentNumber: number;
  /** The element (SV101-3 is SV1's first composite, third component), when one is meant. */
  element?: string;
}

export function locationOf(transactionSet: string, looped: LoopedSegment, element?: string): SegmentLocation {
  const { segment, loop } = looped;
  return {
    transactionSet,
    loop,
    segment: segment.id,
    position: segment.position,
    segmentNumber: segment.number,
    ...(element ? { element } : {}),
  };
}

/** `SV1`, 1 → `SV101`; with a component, `SV101-3`. */
export function elementName(segmentId: string, element: number, component?: number): string {
  const name = `${segmentId}${String(element).padStart(2, "0")}`;
  return component === undefined ? name : `${name}-${component}`;
}

export function describeLocation(location: SegmentLocation): string {
  return `${location.element ?? location.segment} (loop ${location.loop}, segment ${location.position} of transaction set ${location.transactionSet})`;
}
