// The error responses an operation documents, generated from problem-types.ts so the document
// lists exactly the stable codes the API throws, each linked to its /problems/<code> page.
import problemSchema from "../../schemas/problem.schema.json";
import { problemTypes, type ProblemCode } from "../errors/problem-types.ts";
import type { ExampleObject, ResponseObject } from "./openapi-types.ts";
import { schemaReference } from "./schema-reference.ts";

export const problemMediaType = "application/problem+json";

/** One response per status; each code that answers with that status is named, with an example body. */
export function problemResponses(...codes: ProblemCode[]): Record<string, ResponseObject> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const status = problemTypes[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, ResponseObject> = {};
  for (const [status, sameStatus] of [...byStatus].sort(([a], [b]) => a - b)) {
    const response: ResponseObject = {
      description: sameStatus
        .map((code) => `${problemTypes[code].title} (\`${code}\`, see /problems/${code}).`)
        .join(" "),
      content: {
        [problemMediaType]: {
          schema: schemaReference(problemSchema),
          examples: Object.fromEntries(sameStatus.map((code) => [code, problemExample(code)])),
        },
      },
    };
    if (sameStatus.includes("method-not-allowed")) {
      response.headers = { Allow: { description: "The methods this path takes.", schema: { type: "string" } } };
    }
    responses[String(status)] = response;
  }
  return responses;
}

function problemExample(code: ProblemCode): ExampleObject {
  const { status, title, explanation } = problemTypes[code];
  return { summary: title, value: { type: `/problems/${code}`, title, status, code, detail: explanation } };
}
