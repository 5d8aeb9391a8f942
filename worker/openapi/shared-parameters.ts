// Parameters several routes take, described once so every operation says the same thing.
import type { ParameterObject } from "./openapi-types.ts";

export const pinnedRulesetParameter: ParameterObject = {
  name: "ruleset",
  in: "query",
  required: false,
  description: "Pin a ruleset release by version (see `GET /v1/rulesets`) instead of choosing it by date. An unknown version answers 404.",
  schema: { type: "string", pattern: "^[0-9]{4}\\.[1-4]\\.[0-9]+$" },
  example: "2026.4.0",
};
