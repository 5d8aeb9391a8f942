// A file that is not a well-formed X12 interchange: it names the segment (its number in the
// file, ISA = 1) so the sender can find it; the route answers it as a 400 problem.
import { ProblemError } from "../../errors/problem-error.ts";

export function x12SyntaxError(segmentNumber: number, segmentId: string, reason: string): ProblemError {
  const where = segmentId ? `segment ${segmentNumber} (${segmentId})` : `segment ${segmentNumber}`;
  return new ProblemError("malformed-x12", `The X12 interchange is malformed at ${where}: ${reason}`);
}
