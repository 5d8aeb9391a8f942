// /v1/admin/releases: ship a ruleset release without a deploy. Publish it (checked, then stored
// in shadow), watch its shadow report, activate it, roll it back. Admin keys only (ADMIN_KEYS).
import { Hono } from "hono";
import publishedReleaseSchema from "../../schemas/published-release.schema.json";
import releasePublicationSchema from "../../schemas/release-publication.schema.json";
import shadowReportSchema from "../../schemas/shadow-report.schema.json";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { bundledReleases } from "../generated/releases.ts";
import type { ShadowReport } from "../generated/types/shadow-report.ts";
import { readJsonBody } from "../http/read-json-body.ts";
import { requireAdminKey } from "../http/require-admin-key.ts";
import { acceptRelease, parsePublication } from "../releases/accept-release.ts";
import { kvReleaseStore, type ReleaseStore } from "../releases/release-store.ts";
import { activate, rollBack, stateOf, type ReleaseIndex } from "../releases/release-states.ts";
import { releaseCache } from "../rules/shipped-rulesets.ts";
import type { OpenApiPaths, OperationObject } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { adminKeyRequired } from "../openapi/security.ts";
import { readShadowCounts } from "../storage/release-shadow.ts";

/** A release with the ICD-10-CM code sets is over a megabyte of JSON. */
export const publicationLimitBytes = 16 * 1024 * 1024;

export const adminReleaseRoutes = new Hono<AppEnv>();

// On each operation rather than the whole sub-app: a method a path does not take is a 405 for anyone.
const adminKey = requireAdminKey();

function storeOf(env: AppEnv["Bindings"]): ReleaseStore {
  if (!env.RULES)
    throw new ProblemError(
      "service-unavailable",
      "The RULES KV namespace is not bound: add it to wrangler.toml (kv_namespaces) to publish releases.",
    );
  return kvReleaseStore(env.RULES);
}

const now = () => new Date().toISOString();

adminReleaseRoutes.post("/", adminKey, async (context) => {
  const store = storeOf(context.env);
  const publication = parsePublication(await readJsonBody(context.req.raw, { limitBytes: publicationLimitBytes }));
  const { version, hash } = publication;
  const bundled = bundledReleases.find((release) => release.version === version);
  if (bundled && bundled.hash !== hash)
    throw new ProblemError(
      "release-conflict",
      `The deployed code bundles ${version} with hash ${bundled.hash}; a release never changes: publish a new version.`,
    );
  const index = await store.readIndex();
  const existing = index.releases[version];
  if (existing) {
    if (existing.hash !== hash)
      throw new ProblemError(
        "release-conflict",
        `${version} was published on ${existing.publishedAt} with hash ${existing.hash}; a release never changes: publish a new version.`,
      );
    return context.json(stateOf(index, version, now()), 200);
  }
  const accepted = await acceptRelease(publication);
  await store.writeRelease(accepted.release);
  const record = {
    version,
    hash,
    effectiveFrom: accepted.release.manifest.effectiveFrom,
    description: accepted.release.manifest.description,
    publishedAt: now(),
    publishedBy: context.get("admin"),
    goldenCases: accepted.goldenCaseCount,
    ...(publication.activateAt ? { activateAt: new Date(publication.activateAt).toISOString() } : {}),
  };
  // Written after the release itself: a record never names a release the store does not hold.
  const updated = await writeChanges(store, index, { releases: { ...index.releases, [version]: record } });
  return context.json(stateOf(updated, version, now()), 201, { location: `/v1/admin/releases/${version}` });
});

// The two state changes: each reads the index, applies the pure transition and writes it back.
for (const [action, transition] of [
  ["activate", activate],
  ["rollback", rollBack],
] as const) {
  adminReleaseRoutes.post(`/:version/${action}`, adminKey, async (context) => {
    const store = storeOf(context.env);
    const version = context.req.param("version");
    const index = await store.readIndex();
    const updated = await writeChanges(store, index, transition(index, version, now()));
    return context.json(stateOf(updated, version, now()));
  });
}

adminReleaseRoutes.get("/:version/shadow-report", adminKey, async (context) => {
  const version = context.req.param("version");
  const { state } = stateOf(await storeOf(context.env).readIndex(), version, now());
  const report: ShadowReport = { version, state, ...(await readShadowCounts(context.env.DB, version)) };
  return context.json(report);
});

/** Writes what changed, and this isolate reads the store again on its next request (others within 30 s). */
async function writeChanges(store: ReleaseStore, before: ReleaseIndex, after: ReleaseIndex): Promise<ReleaseIndex> {
  await store.writeChanges(before, after);
  releaseCache.invalidate();
  return after;
}

const versionParameter = {
  name: "version",
  in: "path" as const,
  required: true,
  description: "The published release's version.",
  schema: { type: "string", pattern: "^[0-9]{4}\\.[1-4]\\.[0-9]+$" },
  example: "2027.1.0",
};

const publishedReleaseAnswer = (description: string) => ({
  description,
  content: { "application/json": { schema: schemaReference(publishedReleaseSchema) } },
});

function stateChange(operationId: string, summary: string, description: string): OperationObject {
  return {
    operationId,
    tags: ["Release administration"],
    summary,
    description,
    security: adminKeyRequired,
    parameters: [versionParameter],
    responses: {
      "200": publishedReleaseAnswer("The release and its state now."),
      ...problemResponses(
        "unauthorized",
        "admin-keys-not-configured",
        "not-found",
        "method-not-allowed",
        "release-state-conflict",
        "service-unavailable",
      ),
    },
  };
}

export const openApiPaths: OpenApiPaths = {
  "/v1/admin/releases": {
    post: {
      operationId: "publishRelease",
      tags: ["Release administration"],
      summary: "Publish a ruleset release without a deploy",
      description:
        "Takes a release generated by `npm run rules:release` (what `npm run rules:publish` sends) and checks it with the deployed code: each file against its schema, the tables against one another as `npm run rules:check` does (rows naming codes or modifiers the catalog or modifier table lacks, rows for one key that overlap or contradict in their dated windows, windows ending before they start), the facts, params and operators its rules name and the codes they name, golden cases beside every rule file, the content hash, and then every one of its own golden cases, which must all pass. Accepted, it is stored (Workers KV) in `shadow`: it answers only `?ruleset=` pins, and validations are also evaluated against it after their answers are sent (GET …/{version}/shadow-report) until it is activated, at `activateAt` or by POST …/{version}/activate. Every isolate picks a change up within 30 seconds. Publishing the same version and hash again answers 200 with its state; other content under a version that exists is refused.",
      security: adminKeyRequired,
      requestBody: {
        required: true,
        description: `The release's files (at most ${publicationLimitBytes / 1024 / 1024} MiB).`,
        content: { "application/json": { schema: schemaReference(releasePublicationSchema) } },
      },
      responses: {
        "200": publishedReleaseAnswer("It was published before with the same content: its state now."),
        "201": {
          ...publishedReleaseAnswer("Accepted and stored, in shadow (or active, when its activateAt has passed)."),
          headers: {
            Location: { description: "The release's path under /v1/admin/releases.", schema: { type: "string" } },
          },
        },
        ...problemResponses(
          "malformed-json",
          "unauthorized",
          "admin-keys-not-configured",
          "method-not-allowed",
          "release-conflict",
          "payload-too-large",
          "unsupported-media-type",
          "release-refused",
          "service-unavailable",
        ),
      },
    },
  },
  "/v1/admin/releases/{version}/activate": {
    post: stateChange(
      "activateRelease",
      "Switch a published release on",
      "The release answers its dates of service from now on (within 30 seconds in every isolate), taking them over from the bundled release with the same or an earlier effectiveFrom and from any release activated before it with the same or a later one (those become `retired`, superseded). Works from `shadow` and from `retired`; an active release is left as it is.",
    ),
  },
  "/v1/admin/releases/{version}/rollback": {
    post: stateChange(
      "rollBackRelease",
      "Take the most recently activated release off",
      "The release becomes `retired` (rolled back; it still answers `?ruleset=` pins) and the release active before it answers its dates again, or the bundled releases where none was. Only the most recently activated release can be rolled back (409 otherwise).",
    ),
  },
  "/v1/admin/releases/{version}/shadow-report": {
    get: {
      operationId: "getShadowReport",
      tags: ["Release administration"],
      summary: "What a release would change on real traffic",
      description:
        "Counts, by kind, how the validations answered while the release was in shadow would have been answered by it: status changes, findings added or removed by rule, billing changes, each with the first few encounterIds (never an encounter). Comparisons run after each answer is sent, for dates of service the release would answer, and not for pinned validations. Jobs are compared by sample: at most 100 encounters of each chunk of 1,000 (`jobs` says how many were compared and left out).",
      security: adminKeyRequired,
      parameters: [versionParameter],
      responses: {
        "200": {
          description: "The report.",
          content: { "application/json": { schema: schemaReference(shadowReportSchema) } },
        },
        ...problemResponses(
          "unauthorized",
          "admin-keys-not-configured",
          "not-found",
          "method-not-allowed",
          "service-unavailable",
        ),
      },
    },
  },
};
