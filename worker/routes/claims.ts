// /v1/claims: claims as they travel. A FHIR R4 Claim (or a batch Bundle of Claims) answered
// with OperationOutcomes, or an 837P interchange answered with JSON results per claim; both
// mapped to encounters and validated by the same pipeline as /v1/encounters/validate.
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { validateFhirBody, validateX12Text } from "../claims/validate-claims.ts";
import { methodNotAllowed } from "../http/method-not-allowed.ts";
import { batchBodyLimitBytes } from "../http/read-batch-body.ts";
import { mediaTypeOf, parseJson, readBodyText } from "../http/read-json-body.ts";
import { shippedRulesets } from "../rules/shipped-rulesets.ts";

export const fhirMediaType = "application/fhir+json";
export const x12MediaType = "application/edi-x12";

export const claimRoutes = new Hono<AppEnv>();

claimRoutes.post("/validate", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  if (pinnedVersion) shippedRulesets.byVersion(pinnedVersion);
  // FHIR clients also send plain application/json; on this route it is read as FHIR.
  const text = await readBodyText(context.req.raw, { mediaTypes: [fhirMediaType, x12MediaType, "application/json"], limitBytes: batchBodyLimitBytes });
  if (mediaTypeOf(context.req.raw) === x12MediaType) return context.json(await validateX12Text(text, shippedRulesets, pinnedVersion));
  const answer = await validateFhirBody(parseJson(text), shippedRulesets, pinnedVersion);
  return context.body(JSON.stringify(answer), 200, { "content-type": fhirMediaType });
});
claimRoutes.all("/validate", methodNotAllowed("POST"));
