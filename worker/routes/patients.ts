// /v1/patients/{ref}/summary: a patient's year from the visit ledger. Health data, so it needs
// an API key even while the rest of /v1 is open, and the patient key (PATIENT_REF_KEY) to find
// the patient's visits by the HMAC of the reference.
import { Hono } from "hono";
import encounterSchema from "../../schemas/encounter.schema.json";
import patientSummarySchema from "../../schemas/patient-summary.schema.json";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import type { PatientSummary } from "../generated/types/patient-summary.ts";
import { requireApiKey } from "../http/require-api-key.ts";
import { patientKey, requirePatientRefKey } from "../ledger/patient-key.ts";
import { summarizePatient } from "../ledger/patient-summary.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import type { KxYear } from "../rules/bundled-release.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import type { RulesetRegistry } from "../rules/ruleset-registry.ts";
import { ledgerCall } from "../storage/patient-ledger.ts";
import { loadPatientVisits } from "../storage/patient-visits.ts";

export const patientRoutes = new Hono<AppEnv>();

const refRule = encounterSchema.properties.patient.properties.ref;
const refPattern = new RegExp(refRule.pattern);

patientRoutes.use("/:ref/summary", requireApiKey({ whenNoKeysConfigured: "refuse" }));

patientRoutes.get("/:ref/summary", async (context) => {
  const ref = context.req.param("ref");
  if (!refPattern.test(ref) || ref.length > refRule.maxLength) {
    throw new ProblemError(
      "invalid-request",
      "The patient reference must be 1 to 128 letters, digits or . _ : - and start with a letter or digit, as sent in patient.ref.",
    );
  }
  const year = yearOf(context.req.query("year"));
  const key = await patientKey(ref, requirePatientRefKey(context.env.PATIENT_REF_KEY));
  const { visits } = await ledgerCall(() =>
    loadPatientVisits(context.env.DB, context.get("tenant"), key, "", `${year}-12-31`),
  );
  if (visits.length === 0)
    throw new ProblemError("not-found", `No visits are recorded for this patient on or before ${year}-12-31.`);
  const summary: PatientSummary = summarizePatient(
    visits,
    year,
    thresholdsFor(await currentRulesets(context.env), year),
  );
  return context.json(summary);
});

function yearOf(value: string | undefined): number {
  if (value === undefined) return new Date().getUTCFullYear();
  const year = /^[0-9]{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(year >= 2000 && year <= 2100))
    throw new ProblemError("invalid-request", "year must be a calendar year such as 2026.");
  return year;
}

/** The year's thresholds from the newest active release that states them. */
function thresholdsFor(rulesets: RulesetRegistry, year: number): KxYear | undefined {
  for (const { version } of rulesets
    .list()
    .filter((release) => release.state === "active")
    .reverse()) {
    const row = rulesets.byVersion(version).tables.kxThresholdsByYear.get(year);
    if (row) return row;
  }
  return undefined;
}

const exampleSummary: PatientSummary = {
  year: 2026,
  visitCount: 12,
  thresholds: [
    {
      disciplines: ["PT", "SLP"],
      allowedAmountToDate: 1968.4,
      kxThreshold: 2480,
      remainingBeforeKx: 511.6,
      kxRequired: false,
      targetedReviewThreshold: 3000,
      source:
        "CY2026 Medicare Physician Fee Schedule final rule (KX modifier threshold $2,480); targeted medical review threshold $3,000: Bipartisan Budget Act of 2018 §50202, Social Security Act §1833(g)(7)",
    },
    {
      disciplines: ["OT"],
      allowedAmountToDate: 0,
      kxThreshold: 2480,
      remainingBeforeKx: 2480,
      kxRequired: false,
      targetedReviewThreshold: 3000,
      source:
        "CY2026 Medicare Physician Fee Schedule final rule (KX modifier threshold $2,480); targeted medical review threshold $3,000: Bipartisan Budget Act of 2018 §50202, Social Security Act §1833(g)(7)",
    },
  ],
  disciplines: [
    {
      discipline: "PT",
      allowedAmountToDate: 1968.4,
      lastVisitOn: "2026-12-30",
      progressReport: {
        countingFrom: "2026-12-01",
        lastReportOn: "2026-12-20",
        treatmentDaysSinceReport: 4,
        dueByTreatmentDay: 10,
        treatmentDaysLeft: 6,
        overdue: false,
      },
      planOfCare: { certifiedFrom: "2026-12-01", certifiedThrough: "2027-02-28" },
    },
  ],
};

export const openApiPaths: OpenApiPaths = {
  "/v1/patients/{ref}/summary": {
    get: {
      operationId: "getPatientSummary",
      tags: ["Patients"],
      summary: "A patient's year: KX threshold, progress reports, plan of care",
      description:
        "From the patient's recorded visits (voided ones left out): per threshold group the Medicare allowed amounts of the year, the KX threshold and what remains before lines need KX; per discipline the treatment days since the last progress report and how many remain before the next is due, and the latest plan of care. Health data: this route always needs an API key, and refuses with 403 while the deployment has none configured.",
      security: [{ apiKey: [] }],
      parameters: [
        {
          name: "ref",
          in: "path",
          required: true,
          description: "The patient's reference, as sent in `patient.ref`.",
          schema: { type: "string", pattern: refRule.pattern, maxLength: refRule.maxLength },
          example: "pt-000123",
        },
        {
          name: "year",
          in: "query",
          required: false,
          description: "The calendar year; the current one by default.",
          schema: { type: "integer", minimum: 2000, maximum: 2100 },
          example: 2026,
        },
      ],
      responses: {
        "200": {
          description: "The patient's year.",
          content: {
            "application/json": {
              schema: schemaReference(patientSummarySchema),
              examples: { midYear: { summary: "A PT patient in late December", value: exampleSummary } },
            },
          },
        },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "api-keys-not-configured",
          "not-found",
          "method-not-allowed",
          "patient-ledger-not-configured",
          "service-unavailable",
        ),
      },
    },
  },
};
