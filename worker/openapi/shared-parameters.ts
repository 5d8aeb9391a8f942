// Parameters and headers several routes share, described once so every operation says the same thing.
import type { HeaderObject, ParameterObject } from "./openapi-types.ts";

export const pinnedRulesetParameter: ParameterObject = {
  name: "ruleset",
  in: "query",
  required: false,
  description:
    "Pin a ruleset release by version (see `GET /v1/rulesets`) instead of choosing it by date. An unknown version answers 404.",
  schema: { type: "string", pattern: "^[0-9]{4}\\.[1-4]\\.[0-9]+$" },
  example: "2026.4.0",
};

/** The Result-Stored response header of the routes that may keep their answer. */
export const resultStoredHeaderDocumentation: HeaderObject = {
  description:
    "`true` when the answer was stored under its encounterId for the API key's tenant (readable with `GET /v1/validations/{encounterId}`), `false` when it was not: the deployment does not store API results (STORE_API_RESULTS, off by default), nothing in the answer could be stored, or storage failed. Webhook results are always stored.",
  schema: { type: "string", enum: ["true", "false"] },
};

export const dateOfServiceParameter: ParameterObject = {
  name: "date",
  in: "query",
  required: false,
  description: "The date of service (YYYY-MM-DD) whose release answers; today (UTC) when absent.",
  schema: { type: "string", format: "date" },
  example: "2026-11-02",
};

export const codePathParameter: ParameterObject = {
  name: "code",
  in: "path",
  required: true,
  description: "A CPT or HCPCS code; lower case is accepted.",
  schema: { type: "string" },
  example: "97140",
};
