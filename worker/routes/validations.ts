// /v1/validations/{encounterId}: an encounter's stored results, the current one and its
// history. Stored results are health data, so this route needs an API key even while the
// rest of /v1 is open: with no key configured it refuses.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import type { StoredValidations } from "../generated/types/stored-validations.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { requireApiKey } from "../http/require-api-key.ts";
import { listValidations } from "../storage/validation-results.ts";

export const validationRoutes = new Hono<AppEnv>();

export const historyLimit = 100;

// The encounter schema's own rule for encounterId.
const encounterIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

validationRoutes.use("/:encounterId", requireApiKey({ whenNoKeysConfigured: "refuse" }));

validationRoutes.get("/:encounterId", async (context) => {
  const encounterId = context.req.param("encounterId");
  if (!encounterIdPattern.test(encounterId)) {
    throw new ProblemError("invalid-request", "The encounterId must be 1 to 100 letters, digits or . _ : - and start with a letter or digit.");
  }
  const [current, ...history] = await listValidations(context.env.DB, encounterId, historyLimit + 1);
  if (!current) throw new ProblemError("not-found", `No validation result is stored for encounter ${encounterId}.`);
  const answer: StoredValidations = { encounterId, current, history };
  return context.json(answer);
});
validationRoutes.all("/:encounterId", methodNotAllowed("GET"));
