// A finding about the claim as a whole (who rendered it, whom it is billed to) concerns every
// line: this names them all, codes in line order.
import type { EvaluationContext } from "../evaluation-context.ts";

export function wholeClaimScope(context: EvaluationContext): { services: number[]; codes: string[] } {
  const { services } = context.encounter;
  return { services: services.map((_service, index) => index), codes: services.map((service) => service.code) };
}
