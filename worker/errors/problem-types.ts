// The stable problem codes this API answers with, each with its status and title.
// A problem's `type` is `/problems/<code>`, served as a page that explains it.

export const problemTypes = {
  "malformed-json": {
    status: 400,
    title: "The request body is not valid JSON",
    explanation: "Send a JSON document; the detail gives the parser's position.",
  },
  "malformed-x12": {
    status: 400,
    title: "The body is not a well-formed X12 interchange",
    explanation:
      "The detail names the segment (its number in the file, ISA = 1) and what is wrong: the ISA header's fixed width, a segment identifier, an envelope's count or control number (IEA/ISA, GE/GS, SE/ST), or a byte that is not UTF-8 (send the file as UTF-8; ASCII is UTF-8).",
  },
  "invalid-request": {
    status: 400,
    title: "The request is not valid",
    explanation: "A query parameter, header or path segment has a value the API does not accept.",
  },
  unauthorized: {
    status: 401,
    title: "Authentication is required",
    explanation:
      "Send `Authorization: Bearer <key>` with a configured API key, or sign webhooks as Standard Webhooks describes.",
  },
  "invalid-signature": {
    status: 401,
    title: "The webhook signature is missing or wrong",
    explanation:
      "Sign as Standard Webhooks describes: webhook-id, webhook-timestamp (Unix seconds, within 5 minutes of now) and webhook-signature `v1,<base64 HMAC-SHA256 of id.timestamp.body>` with a secret from WEBHOOK_SECRET.",
  },
  "api-keys-not-configured": {
    status: 403,
    title: "Stored results need an API key, and none is configured",
    explanation:
      "Set API_KEYS (comma-separated): `wrangler secret put API_KEYS` in production, an API_KEYS line in .dev.vars locally; then send `Authorization: Bearer <key>`.",
  },
  "admin-keys-not-configured": {
    status: 403,
    title: "Release administration needs an admin key, and none is configured",
    explanation:
      "Set ADMIN_KEYS (comma-separated `name:key`, separate from API_KEYS): `wrangler secret put ADMIN_KEYS` in production, an ADMIN_KEYS line in .dev.vars locally; then send `Authorization: Bearer <key>`.",
  },
  "not-found": {
    status: 404,
    title: "Not found",
    explanation: "No route, ruleset release, code or stored result has that name.",
  },
  "method-not-allowed": {
    status: 405,
    title: "Method not allowed",
    explanation: "The route exists but not for this method; the Allow header lists the methods it takes.",
  },
  "length-required": {
    status: 411,
    title: "The upload needs a Content-Length",
    explanation:
      "Send the file with a Content-Length header (curl --data-binary @file and `npm run jobs:submit` do); the upload is streamed to storage and its size is checked before it is read.",
  },
  "payload-too-large": {
    status: 413,
    title: "The request body is too large",
    explanation: "Send a smaller body; the detail gives the limit.",
  },
  "batch-too-large": {
    status: 413,
    title: "The batch holds too many encounters",
    explanation: "A batch takes at most 1,000 encounters; split it into several requests. Nothing in it was validated.",
  },
  "unsupported-media-type": {
    status: 415,
    title: "Unsupported media type",
    explanation:
      "Send the body as application/json (or application/x-ndjson, application/fhir+json or application/edi-x12 where a route says so).",
  },
  "invalid-webhook-event": {
    status: 422,
    title: "The delivery is not a webhook event",
    explanation:
      'Send `{ "type": "encounter.completed", "data": <encounter> }` (webhook-event.schema.json); every error is listed with its JSON pointer.',
  },
  "schema-violation": {
    status: 422,
    title: "The encounter does not match the schema",
    explanation:
      "Every error is listed with the JSON pointer of the offending value; see /openapi.json for the contract.",
  },
  "invalid-claim": {
    status: 422,
    title: "The body is not a claim ClaimLint reads",
    explanation:
      "Send a FHIR R4 Claim or a Bundle of type batch holding Claims as application/fhir+json, or an 837P (005010X222A1) interchange as application/edi-x12.",
  },
  "invalid-batch": {
    status: 422,
    title: "The batch is not a list of encounters",
    explanation: "Send a JSON array of encounters, or NDJSON with one encounter per line.",
  },
  "no-ruleset-for-date": {
    status: 422,
    title: "No ruleset release covers the date of service",
    explanation: "The earliest release's effectiveFrom is later than the date of service.",
  },
  "job-not-finished": {
    status: 409,
    title: "The job is still running",
    explanation:
      "Its results can be read once every chunk is settled; poll GET /v1/jobs/{id} until `status` is `completed` or `failed` (the Retry-After header suggests when).",
  },
  "encounter-of-another-patient": {
    status: 409,
    title: "The encounter belongs to another patient",
    explanation:
      "An encounterId is recorded in one patient's visit ledger for good: send the visit under the patient it was first validated for, or under a new encounterId. DELETE /v1/encounters/{encounterId} voids a visit entered in error.",
  },
  "release-refused": {
    status: 422,
    title: "The release was refused",
    explanation:
      "A published release must pass its schemas, name only facts and operators this deployment has, carry golden cases beside every rule file and pass every one of them. `errors` lists each problem with its JSON pointer into the request (`/files/rules~1ncci.cases.json/cases/3`); fix them in rules/source/, cut a new release and publish that.",
  },
  "release-conflict": {
    status: 409,
    title: "That version already exists with other content",
    explanation:
      "A release is immutable: a version bundled with the code or published before answers with its own hash. Cut a new version (npm run rules:release) instead.",
  },
  "release-state-conflict": {
    status: 409,
    title: "The release is not in a state that allows this",
    explanation:
      "Only the most recently activated release can be rolled back; GET /v1/rulesets shows each release's state.",
  },
  conflict: {
    status: 409,
    title: "Conflict",
    explanation: "The request conflicts with one being processed; retry it.",
  },
  "internal-error": {
    status: 500,
    title: "Internal error",
    explanation:
      "Something failed on our side. Nothing about the request body was logged; retry, and report the instance if it persists.",
  },
  "patient-ledger-not-configured": {
    status: 503,
    title: "The patient visit ledger is not configured",
    explanation:
      "Encounters with `patient`, and the patient routes, need the PATIENT_REF_KEY secret (at least 32 random characters): `wrangler secret put PATIENT_REF_KEY`. `npm start` creates a local development key by itself.",
  },
  "service-unavailable": {
    status: 503,
    title: "Service unavailable",
    explanation: "A dependency is not configured or not reachable.",
  },
} as const satisfies Record<string, { status: number; title: string; explanation: string }>;

export type ProblemCode = keyof typeof problemTypes;
