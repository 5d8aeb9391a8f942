// /openapi.json: the API's OpenAPI 3.1 document, assembled from the documentation of every
// route module in route-table.ts and the schema files, built on first request and kept for the isolate's life.
import { Hono } from "hono";
import fhirBatchResponseSchema from "../../schemas/claims/fhir-batch-response.schema.json";
import fhirOperationOutcomeSchema from "../../schemas/claims/fhir-operation-outcome.schema.json";
import x12ClaimResultsSchema from "../../schemas/claims/x12-claim-results.schema.json";
import encounterSchema from "../../schemas/encounter.schema.json";
import jobSchema from "../../schemas/job.schema.json";
import problemSchema from "../../schemas/problem.schema.json";
import patientSummarySchema from "../../schemas/patient-summary.schema.json";
import publishedReleaseSchema from "../../schemas/published-release.schema.json";
import releasePublicationSchema from "../../schemas/release-publication.schema.json";
import shadowReportSchema from "../../schemas/shadow-report.schema.json";
import rulesetListSchema from "../../schemas/ruleset-list.schema.json";
import storedValidationsSchema from "../../schemas/stored-validations.schema.json";
import catalogSchema from "../../schemas/rules/catalog.schema.json";
import goldenCasesSchema from "../../schemas/rules/golden-cases.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import webhookAcknowledgementSchema from "../../schemas/webhook-acknowledgement.schema.json";
import webhookEventSchema from "../../schemas/webhook-event.schema.json";
import type { AppEnv } from "../env.ts";
import { buildOpenApiDocument } from "../openapi/build-openapi-document.ts";
import type { OpenApiDocument, OpenApiPaths, SchemaDocument } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { securitySchemes } from "../openapi/security.ts";
import { apiRoutes, publicRoutes } from "./route-table.ts";

export const openApiPaths: OpenApiPaths = {
  "/openapi.json": {
    get: {
      operationId: "getOpenApiDocument",
      tags: ["Reference"],
      summary: "This OpenAPI document",
      description:
        "OpenAPI 3.1, its schemas the same JSON Schema 2020-12 files the API validates with (`jsonSchemaDialect`).",
      responses: {
        "200": {
          description: "The OpenAPI document.",
          content: { "application/json": { schema: { type: "object", description: "An OpenAPI 3.1 document." } } },
        },
        ...problemResponses("method-not-allowed"),
      },
    },
  },
};

/** Every mounted route module's documentation (route-table.ts), and this module's own. */
const documentedRoutes: readonly OpenApiPaths[] = [...publicRoutes, ...apiRoutes]
  .map((mounted) => mounted.documentation)
  .concat(openApiPaths);

/** The schema files the documented routes refer to: a route that refers to a new file adds it here. */
const documentedSchemas: readonly SchemaDocument[] = [
  encounterSchema,
  validationResultSchema,
  problemSchema,
  rulesetListSchema,
  catalogSchema,
  goldenCasesSchema,
  webhookEventSchema,
  webhookAcknowledgementSchema,
  storedValidationsSchema,
  jobSchema,
  fhirOperationOutcomeSchema,
  fhirBatchResponseSchema,
  x12ClaimResultsSchema,
  patientSummarySchema,
  releasePublicationSchema,
  publishedReleaseSchema,
  shadowReportSchema,
];

let document: OpenApiDocument | undefined;

export function apiDocument(): OpenApiDocument {
  document ??= buildOpenApiDocument({
    info: {
      title: "ClaimLint API",
      version: "1.0.0",
      summary: "Validates outpatient therapy and massage encounters before they are billed.",
      description:
        "Send an encounter (who saw the patient, when, for which diagnoses, which services with their minutes and modifiers) and get back findings, each with its fix and its source, and the lines to bill with their units. Rules are versioned data: the release for the date of service answers, and its content hash is in every answer. Every error is an RFC 9457 `application/problem+json` body whose `type` links to a page explaining it.",
    },
    routes: documentedRoutes,
    schemas: documentedSchemas,
    tags: [
      { name: "Validation", description: "Encounters in, findings and billable units out." },
      { name: "Rulesets", description: "The versioned rule releases that answer." },
      { name: "Codes", description: "The procedure code catalog." },
      { name: "Webhooks", description: "Signed deliveries from scheduling systems (Standard Webhooks)." },
      {
        name: "Jobs",
        description: "Files of up to a million encounters, validated in the background; API key required.",
      },
      { name: "Stored results", description: "Validation results kept by encounterId; API key required." },
      {
        name: "Patients",
        description:
          "The patients' visit ledger: encounters sent with `patient` are recorded, so rules can count earlier visits.",
      },
      {
        name: "Release administration",
        description:
          "Publish a ruleset release without a deploy, watch it in shadow, activate it, roll it back; admin key (ADMIN_KEYS) required.",
      },
      { name: "Service", description: "Operating the worker." },
      { name: "Reference", description: "This document, its reference page and the problem types." },
      {
        name: "Pages",
        description: "Pages for people: the playground (`/playground`) and the rule explorer (`/explorer`).",
      },
    ],
    securitySchemes,
  });
  return document;
}

export const openApiRoutes = new Hono<AppEnv>();

openApiRoutes.get("/", (context) => context.json(apiDocument(), 200, { "cache-control": "public, max-age=300" }));
