// /v1/codes: search the catalog; /v1/codes/{code}: a code's catalog entry, both in the release
// for a date (today by default) or the pinned one.
import { Hono, type Context } from "hono";
import catalogSchema from "../../schemas/rules/catalog.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { extendedDefinition, schemaReference } from "../openapi/schema-reference.ts";
import { apiKeyWhenConfigured } from "../openapi/security.ts";
import { codePathParameter, dateOfServiceParameter, pinnedRulesetParameter } from "../openapi/shared-parameters.ts";
import type { CatalogCode } from "../rules/bundled-release.ts";
import { searchCatalog } from "../rules/catalog-search.ts";
import type { CompiledRuleset } from "../rules/compiled-ruleset.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import { isCalendarDate, todayUtc } from "../validation/calendar-date.ts";

export const codeRoutes = new Hono<AppEnv>();

const maximumSearchLength = 100;

/** The release a code route answers from: `?ruleset=` pins one, else `?date=` (today by default) chooses. */
export async function requestedRuleset(context: Context<AppEnv>): Promise<CompiledRuleset> {
  const date = context.req.query("date") ?? todayUtc();
  if (!isCalendarDate(date))
    throw new ProblemError(
      "invalid-request",
      "The date query parameter must be a calendar date that exists, written YYYY-MM-DD.",
    );
  return (await currentRulesets(context.env)).select(date, context.req.query("ruleset"));
}

/** The catalog entry for the path's code, or a 404 problem naming the release. */
export function requestedCatalogEntry(context: Context<AppEnv>, ruleset: CompiledRuleset): CatalogCode {
  const code = context.req.param("code")?.toUpperCase() ?? "";
  const entry = ruleset.tables.catalogByCode.get(code);
  if (!entry) throw new ProblemError("not-found", `${code} is not in the catalog of ruleset ${ruleset.version}.`);
  return entry;
}

codeRoutes.get("/", async (context) => {
  const search = context.req.query("search") ?? "";
  if (search.length > maximumSearchLength)
    throw new ProblemError(
      "invalid-request",
      `The search query parameter is at most ${maximumSearchLength} characters.`,
    );
  const ruleset = await requestedRuleset(context);
  const codes = searchCatalog(ruleset.tables.catalog.codes, search).map(({ code, description, unitBasis }) => ({
    code,
    description,
    unitBasis,
  }));
  return context.json({ ruleset: { version: ruleset.version, hash: ruleset.hash }, codes });
});

codeRoutes.get("/:code", async (context) => {
  const ruleset = await requestedRuleset(context);
  const entry = requestedCatalogEntry(context, ruleset);
  // `note` is the rule authors' own, never served: what a biller reads cites public documents only.
  const { note: _authorsNote, ...served } = entry;
  return context.json({ ...served, ruleset: { version: ruleset.version, hash: ruleset.hash } });
});

export const openApiPaths: OpenApiPaths = {
  "/v1/codes": {
    get: {
      operationId: "searchCodes",
      tags: ["Codes"],
      summary: "Search the procedure codes",
      description:
        "The catalog codes whose code starts with the search, or whose description contains every word of it, codes first; the whole catalog when the search is empty.",
      security: apiKeyWhenConfigured,
      parameters: [
        {
          name: "search",
          in: "query",
          required: false,
          description:
            "A code or its beginning (`971`), or words of a description (`manual therapy`); case does not matter. At most 100 characters.",
          schema: { type: "string", maxLength: maximumSearchLength },
          example: "manual",
        },
        dateOfServiceParameter,
        pinnedRulesetParameter,
      ],
      responses: {
        "200": {
          description: "The matching codes and the release they come from.",
          content: {
            "application/json": {
              schema: {
                description: "Catalog codes matching a search.",
                type: "object",
                additionalProperties: false,
                required: ["ruleset", "codes"],
                properties: {
                  ruleset: schemaReference(validationResultSchema, "rulesetReference"),
                  codes: {
                    description:
                      "The matches, codes matching by their beginning first, then by description, each group in code order.",
                    type: "array",
                    items: {
                      description: "One matching code.",
                      type: "object",
                      additionalProperties: false,
                      required: ["code", "description", "unitBasis"],
                      properties: {
                        code: { description: "The CPT or HCPCS code.", type: "string" },
                        description: { description: "A short description in ClaimLint's words.", type: "string" },
                        unitBasis: {
                          description: "How its units are counted (see the catalog entry).",
                          type: "string",
                        },
                      },
                    },
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
  "/v1/codes/{code}": {
    get: {
      operationId: "lookUpCode",
      tags: ["Codes"],
      summary: "Look up a procedure code",
      description:
        "The code's catalog entry (how its units are counted, its flags and their source) in the release for a date of service, today by default.",
      security: apiKeyWhenConfigured,
      parameters: [codePathParameter, dateOfServiceParameter, pinnedRulesetParameter],
      responses: {
        "200": {
          description: "The catalog entry and the release it comes from.",
          content: {
            "application/json": {
              schema: extendedDefinition(catalogSchema, "code", {
                description:
                  "One procedure code as the chosen release's catalog has it, with that release's version and hash.",
                properties: { ruleset: schemaReference(validationResultSchema, "rulesetReference") },
                required: ["ruleset"],
              }),
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
