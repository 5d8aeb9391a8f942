// DELETE /v1/encounters/{encounterId}: voids a visit in the patients' visit ledger (cancelled,
// entered in error), so later validations no longer count it. Mounted beside the validate routes.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { checkEncounterId, encounterIdRule } from "../http/encounter-id.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { ledgerCall } from "../storage/patient-ledger.ts";
import { voidPatientVisit } from "../storage/patient-visits.ts";

export const encounterVisitRoutes = new Hono<AppEnv>();

// Not /validate: that path is POST /v1/encounters/validate's, and a DELETE there is told so (405).
encounterVisitRoutes.delete("/:encounterId{(?!validate$)[^/]+}", async (context) => {
  const encounterId = context.req.param("encounterId");
  checkEncounterId(encounterId);
  const voided = await ledgerCall(() =>
    voidPatientVisit(context.env.DB, context.get("tenant"), encounterId, new Date().toISOString()),
  );
  if (!voided)
    throw new ProblemError(
      "not-found",
      `No visit is recorded for encounter ${encounterId}: only encounters validated with a patient are.`,
    );
  return context.body(null, 204);
});

export const openApiPaths: OpenApiPaths = {
  "/v1/encounters/{encounterId}": {
    delete: {
      operationId: "voidEncounter",
      tags: ["Patients"],
      summary: "Void a visit (cancelled, entered in error)",
      description:
        "Takes the encounter's visit out of its patient's visit ledger: later validations no longer count it toward the KX threshold, progress-report treatment days, the plan of care or the day's pair edits and duplicates. Voiding again answers 204 too. Validating the encounter again records it again. Its stored validation results are kept.",
      security: apiKeyWhenConfigured,
      parameters: [
        {
          name: "encounterId",
          in: "path",
          required: true,
          description: "The encounterId the visit was validated under.",
          schema: { type: "string", pattern: encounterIdRule.pattern, maxLength: encounterIdRule.maxLength },
          example: "enc-001",
        },
      ],
      responses: {
        "204": { description: "The visit is void." },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "not-found",
          "method-not-allowed",
          "service-unavailable",
        ),
      },
    },
  },
};
