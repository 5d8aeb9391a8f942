// Facts about the rendering provider: the claim as a whole as they bill it, and their NPI.
import { paramsSchema, textList } from "./param-schema.ts";
import { perEvaluation, type EvaluationContext } from "../evaluation-context.ts";
import { npiProblems, type NpiProblem } from "../npi.ts";
import { providerDiscipline } from "./discipline-lookup.ts";
import type { FactDefinition, FindingItem } from "./fact-definition.ts";
import { listParam } from "./fact-definition.ts";
import { wholeClaimScope } from "./whole-claim.ts";

export const wholeClaim: FactDefinition = {
  description:
    "One item naming every service of the encounter, with the provider's discipline and the payer type: for a finding about the claim as a whole (a provider the payer does not enroll). Combine it with `when` conditions on `encounter`.",
  stage: "coding",
  itemFields: ["discipline", "disciplineName", "payerType", "services", "codes"],
  example: {},
  compute(context): FindingItem[] {
    const { discipline, entry } = providerDiscipline(context);
    return [
      { discipline, disciplineName: entry.name, payerType: context.encounter.payer.type, ...wholeClaimScope(context) },
    ];
  },
};

function providerNpiChecks(context: EvaluationContext): NpiProblem[] {
  return npiProblems(context.encounter.provider.npi!);
}

export const providerNpiProblems: FactDefinition = {
  description:
    "What is wrong with the rendering provider's NPI, one item per problem (`check-digit`: the Luhn check over 80840 and the first nine digits fails; `first-digit`: not 1 or 2). No items when the NPI is absent or sound. Items name every service: the NPI is on every line.",
  stage: "coding",
  params: paramsSchema({
    problems: textList(
      "only these problems (check-digit, first-digit)",
      ["check-digit"],
      ["check-digit", "first-digit"],
    ),
  }),
  itemFields: ["npi", "problem", "firstDigit", "services", "codes"],
  example: { params: { problems: ["check-digit"] } },
  compute(context, params): FindingItem[] {
    const npi = context.encounter.provider.npi;
    if (npi === undefined) return [];
    const wanted = listParam(params, "problems");
    // Two rules ask, one per problem: check the NPI once per evaluation.
    return perEvaluation(context, providerNpiChecks)
      .filter((problem) => !wanted || wanted.includes(problem))
      .map((problem) => ({ npi, problem, firstDigit: npi[0], ...wholeClaimScope(context) }));
  },
};
