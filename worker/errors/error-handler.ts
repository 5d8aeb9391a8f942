// One place maps every failure to application/problem+json. Unexpected faults are logged
// by name and path only: request bodies are health data and are never logged.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Problem } from "../generated/types/problem.ts";
import { ProblemError } from "./problem-error.ts";

export const problemMediaType = "application/problem+json";

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": problemMediaType, ...headers },
  });
}

export function handleError(error: Error, context: Context): Response {
  const instance = new URL(context.req.url).pathname;
  if (error instanceof ProblemError) return problemResponse(error.toProblem(instance), error.extensions.headers);
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own 4xx (e.g. a body-limit or a malformed header) keep their status.
    const code = error.status === 413 ? "payload-too-large" : error.status === 401 ? "unauthorized" : "invalid-request";
    return problemResponse(new ProblemError(code, error.message || "The request was refused.").toProblem(instance));
  }
  // The message and stack may quote request data, so only the error's name and where it was thrown are kept.
  const thrownAt = error.stack
    ?.split("\n")
    .find((line) => line.trim().startsWith("at "))
    ?.trim();
  console.error(
    JSON.stringify({
      level: "error",
      event: "unhandled-error",
      method: context.req.method,
      path: instance,
      error: error.name,
      thrownAt,
    }),
  );
  return problemResponse(new ProblemError("internal-error", "The request could not be completed.").toProblem(instance));
}

export function handleNotFound(context: Context): Response {
  const instance = new URL(context.req.url).pathname;
  return problemResponse(
    new ProblemError("not-found", `No route matches ${context.req.method} ${instance}.`).toProblem(instance),
  );
}
