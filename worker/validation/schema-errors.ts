// Turns AJV's errors into the problem's `errors`: one entry per distinct violation, each
// with the JSON pointer of the offending value and a message a person can act on. AJV
// reports every violation (allErrors), which for a list of 100,000 wrong items would make
// an answer of megabytes: only the first `maxListedErrors` are listed, with the total.
import type { ErrorObject } from "ajv";
import type { SchemaError } from "../errors/problem-error.ts";
import { escapePointerSegment } from "./json-pointer.ts";

/** The most errors one problem lists (the problem schema's `errors.maxItems`). */
export const maxListedErrors = 20;

export interface SchemaErrorList {
  /** The first distinct errors, at most `maxListedErrors`. */
  errors: SchemaError[];
  /** How many distinct errors there are in all. */
  errorCount: number;
}

export function toSchemaErrors(errors: readonly ErrorObject[]): SchemaErrorList {
  const seen = new Set<string>();
  const listed: SchemaError[] = [];
  for (const error of errors) {
    const entry = describe(error);
    const key = `${entry.pointer}|${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (listed.length < maxListedErrors) listed.push(entry);
  }
  return { errors: listed, errorCount: seen.size };
}

/** "1 error" / "3 errors" / "50000 errors; the first 20 are listed". */
export function describeErrorCount({ errors, errorCount }: SchemaErrorList): string {
  const count = errorCount === 1 ? "1 error" : `${errorCount} errors`;
  return errors.length < errorCount ? `${count}; the first ${errors.length} are listed` : count;
}
function describe(error: ErrorObject): SchemaError {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return {
        pointer: `${error.instancePath}/${escapePointerSegment(String(params.missingProperty))}`,
        message: "is required",
        keyword: "required",
      };
    case "additionalProperties":
      return {
        pointer: `${error.instancePath}/${escapePointerSegment(String(params.additionalProperty))}`,
        message: "is not a known property",
        keyword: "additionalProperties",
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `must be one of: ${(params.allowedValues as unknown[]).join(", ")}`,
        keyword: "enum",
      };
    case "format":
      return {
        pointer: error.instancePath,
        message: `must be a valid ${String(params.format)}${params.format === "date" ? " (YYYY-MM-DD, a real calendar date)" : ""}`,
        keyword: "format",
      };
    case "pattern":
      return {
        pointer: error.instancePath,
        message: `does not have the expected form (${String(params.pattern)})`,
        keyword: "pattern",
      };
    default:
      return { pointer: error.instancePath, message: error.message ?? "is invalid", keyword: error.keyword };
  }
}
