// Checks an answer against the OpenAPI document: the operation and its status are documented,
// the media type is one the response lists, and the body validates against its schema (each
// line, for NDJSON). Answers every mismatch as a sentence; none means the answer conforms.
import type { ValidateFunction } from "ajv";
import {
  httpMethods,
  type HttpMethod,
  type JsonSchema,
  type OpenApiDocument,
} from "../../worker/openapi/openapi-types.ts";
import { documentValidator } from "./validate-against-document.ts";

export interface Answer {
  method: string;
  /** The documented path template, e.g. `/v1/codes/{code}`. */
  path: string;
  status: number;
  contentType: string | null;
  body: string;
}

export function answerChecker(document: OpenApiDocument): (answer: Answer) => string[] {
  const compile = documentValidator(document);
  const compiled = new Map<JsonSchema, ValidateFunction>();
  const validatorFor = (schema: JsonSchema) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };
  return (answer) => {
    const where = `${answer.method} ${answer.path} → ${answer.status}`;
    const method = answer.method.toLowerCase() as HttpMethod;
    const operation = httpMethods.includes(method) ? document.paths[answer.path]?.[method] : undefined;
    if (!operation) return [`${answer.method} ${answer.path} is not documented`];
    const response = operation.responses[String(answer.status)];
    if (!response) return [`${where}: status ${answer.status} is not documented`];
    if (!response.content) return [];
    const mediaType = (answer.contentType ?? "").split(";")[0]!.trim();
    const media = response.content[mediaType];
    if (!media)
      return [
        `${where}: media type ${mediaType || "(none)"} is not documented (${Object.keys(response.content).join(", ")})`,
      ];
    if (!media.schema || !/json/.test(mediaType)) return [];
    const validate = validatorFor(media.schema);
    const values =
      mediaType === "application/x-ndjson" ? answer.body.split("\n").filter((line) => line !== "") : [answer.body];
    const problems: string[] = [];
    for (const [index, text] of values.entries()) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        problems.push(`${where}: ${values.length > 1 ? `line ${index + 1} ` : ""}is not JSON`);
        continue;
      }
      if (!validate(value))
        problems.push(
          `${where}: ${values.length > 1 ? `line ${index + 1} ` : ""}breaks its schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`,
        );
    }
    return problems;
  };
}
