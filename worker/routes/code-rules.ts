// /v1/codes/{code}/rules: what a release says about one code (its catalog entry, pair edits,
// unit limits, the rules that can fire for it, their sources and golden cases), for the rule explorer.
import { Hono } from "hono";
import catalogSchema from "../../schemas/rules/catalog.schema.json";
import goldenCasesSchema from "../../schemas/rules/golden-cases.schema.json";
import mueSchema from "../../schemas/rules/mue.schema.json";
import ncciPtpEditsSchema from "../../schemas/rules/ncci-ptp-edits.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import type { AppEnv } from "../env.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { extendedDefinition, schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { codePathParameter, dateOfServiceParameter, pinnedRulesetParameter } from "../openapi/shared-parameters.ts";
import { codeRules, goldenCaseFirings, type FiringsByRule } from "../rules/code-rules.ts";
import { goldenCasesOf } from "../rules/shipped-golden-cases.ts";
import { requestedCatalogEntry, requestedRuleset } from "./codes.ts";

// Each release's golden cases run once per isolate, on the first question about one of its codes.
const firingsByVersion = new Map<string, Promise<FiringsByRule>>();

export const codeRuleRoutes = new Hono<AppEnv>();

codeRuleRoutes.get("/:code/rules", async (context) => {
  const ruleset = await requestedRuleset(context);
  const entry = requestedCatalogEntry(context, ruleset);
  const goldenCases = goldenCasesOf(ruleset.version);
  let firings = firingsByVersion.get(ruleset.version);
  if (!firings) {
    firings = goldenCaseFirings(ruleset, goldenCases);
    firingsByVersion.set(ruleset.version, firings);
  }
  return context.json(codeRules(entry, ruleset, goldenCases, await firings), 200, {
    "cache-control": "public, max-age=300",
  });
});

const ruleForCode = {
  description: "A rule that can fire for the code.",
  type: "object",
  additionalProperties: false,
  required: ["id", "family", "description", "severity", "source", "reasons", "goldenCases"],
  properties: {
    id: {
      description: "The rule id, as in a finding's `ruleId`.",
      type: "string",
      examples: ["ncci.ptp.never-together"],
    },
    family: { description: "The rule file it belongs to (e.g. `ncci`).", type: "string" },
    description: { description: "What the rule checks, in the rule author's words.", type: "string" },
    severity: { description: "The severity of its findings.", type: "string", enum: ["error", "warning", "info"] },
    source: {
      description:
        "The public document the rule rests on (a finding from a table row cites that row's source instead).",
      type: "string",
    },
    reasons: {
      description:
        "Why it is listed: its conditions name the code or one of its catalog tags, or it reported the code in one of the release's golden cases (named).",
      type: "array",
      items: { description: "One reason, as a sentence.", type: "string" },
    },
    goldenCases: {
      description:
        "The golden cases beside the rule's file that have the code among their services and state what this rule does: encounters in, expected findings and lines out.",
      type: "array",
      items: schemaReference(goldenCasesSchema, "case"),
    },
  },
};

export const openApiPaths: OpenApiPaths = {
  "/v1/codes/{code}/rules": {
    get: {
      operationId: "explainCodeRules",
      tags: ["Codes"],
      summary: "The rules and edits for a code",
      description:
        "Everything a release says about one code, for rule authors and billers: its catalog entry, the NCCI pair edits it is in (either column, with dates and modifier indicators), its MUE rows, and the rules that can fire for it with their sources and golden cases. A rule is listed when its conditions name the code or one of its tags, or when it reports the code in one of the release's golden cases.",
      security: apiKeyWhenConfigured,
      parameters: [codePathParameter, dateOfServiceParameter, pinnedRulesetParameter],
      responses: {
        "200": {
          description: "The code's entry, edits and rules in the chosen release.",
          content: {
            "application/json": {
              schema: {
                description: "What one release says about one procedure code.",
                type: "object",
                additionalProperties: false,
                required: ["code", "ruleset", "catalogEntry", "pairEdits", "medicallyUnlikelyEdits", "rules"],
                properties: {
                  code: { description: "The code, upper case.", type: "string", examples: ["97140"] },
                  ruleset: schemaReference(validationResultSchema, "rulesetReference"),
                  catalogEntry: schemaReference(catalogSchema, "code"),
                  pairEdits: {
                    description:
                      "The NCCI procedure-to-procedure rows with the code in either column, deleted and future rows included (their dates say when they apply).",
                    type: "array",
                    items: extendedDefinition(ncciPtpEditsSchema, "edit", {
                      description: "One pair edit row, with the column the code is in.",
                      properties: {
                        column: {
                          description:
                            "The column of the pair this code is in: 1 (paid) or 2 (denied unless bypassed).",
                          type: "integer",
                          enum: [1, 2],
                        },
                      },
                      required: ["column"],
                    }),
                  },
                  medicallyUnlikelyEdits: {
                    description: "The code's MUE rows (unit limits); empty when no source states one.",
                    type: "array",
                    items: extendedDefinition(mueSchema, "edit", {
                      description: "One MUE row.",
                      properties: {},
                      required: [],
                    }),
                  },
                  rules: {
                    description: "The rules that can fire for the code, in rule file order.",
                    type: "array",
                    items: ruleForCode,
                  },
                },
              },
            },
          },
        },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "not-found",
          "method-not-allowed",
          "no-ruleset-for-date",
        ),
      },
    },
  },
};
