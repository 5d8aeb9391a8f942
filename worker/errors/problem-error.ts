// The one error type the API throws on purpose; the error handler turns it into
// an RFC 9457 problem response. Anything else thrown is an internal error.
import type { Problem } from "../generated/types/problem.ts";
import { problemTypes, type ProblemCode } from "./problem-types.ts";

export type SchemaError = NonNullable<Problem["errors"]>[number];

export class ProblemError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extensions: {
      errors?: SchemaError[];
      errorCount?: number;
      position?: Problem["position"];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
    this.name = "ProblemError";
    this.status = problemTypes[code].status;
  }

  toProblem(instance: string): Problem {
    const { title } = problemTypes[this.code];
    const problem: Problem = {
      type: `/problems/${this.code}`,
      title,
      status: this.status,
      detail: this.detail,
      instance,
      code: this.code,
    };
    if (this.extensions.errors) problem.errors = this.extensions.errors;
    if (this.extensions.errorCount !== undefined) problem.errorCount = this.extensions.errorCount;
    if (this.extensions.position) problem.position = this.extensions.position;
    return problem;
  }
}
