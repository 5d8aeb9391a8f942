// Turns AJV's errors into the problem's `errors`: one entry per violation, each with the
// JSON pointer of the offending value and a message a person can act on.
import type { ErrorObject } from "ajv";
import type { SchemaError } from "../errors/problem-error.ts";

export function toSchemaErrors(errors: readonly ErrorObject[]): SchemaError[] {
  const seen = new Set<string>();
  const result: SchemaError[] = [];
  for (const error of errors) {
    const entry = describe(error);
    const key = `${entry.pointer}|${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}

function describe(error: ErrorObject): SchemaError {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { pointer: `${error.instancePath}/${escapePointer(String(params.missingProperty))}`, message: "is required", keyword: "required" };
    case "additionalProperties":
      return { pointer: `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`, message: "is not a known property", keyword: "additionalProperties" };
    case "enum":
      return { pointer: error.instancePath, message: `must be one of: ${(params.allowedValues as unknown[]).join(", ")}`, keyword: "enum" };
    case "format":
      return { pointer: error.instancePath, message: `must be a valid ${String(params.format)}${params.format === "date" ? " (YYYY-MM-DD, a real calendar date)" : ""}`, keyword: "format" };
    case "pattern":
      return { pointer: error.instancePath, message: `does not have the expected form (${String(params.pattern)})`, keyword: "pattern" };
    default:
      return { pointer: error.instancePath, message: error.message ?? "is invalid", keyword: error.keyword };
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
