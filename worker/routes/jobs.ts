// /v1/jobs: files of encounters too big for one request. The upload streams into R2 and is
// answered 202 at once; a queue consumer validates it chunk by chunk; the caller polls the job
// and reads the answers, in the file's order, once it is settled. Jobs hold health data (the
// file until it is answered, then the answers), so these routes need an API key even while
// the rest of /v1 is open.
import { Hono, type Context } from "hono";
import encounterSchema from "../../schemas/encounter.schema.json";
import jobSchema from "../../schemas/job.schema.json";
import problemSchema from "../../schemas/problem.schema.json";
import validationResultSchema from "../../schemas/validation-result.schema.json";
import type { AppEnv } from "../env.ts";
import { ProblemError } from "../errors/problem-error.ts";
import { ndjsonMediaType } from "../http/ndjson.ts";
import { mediaTypeOf } from "../http/read-json-body.ts";
import { requireApiKey } from "../http/require-api-key.ts";
import { isSettled, jobDocument } from "../jobs/job-document.ts";
import { encountersPerChunk, maxJobEncounters } from "../jobs/job-chunk-plan.ts";
import { maxJobBytes, submitJob, type JobBindings } from "../jobs/submit-job.ts";
import type { OpenApiPaths } from "../openapi/openapi-types.ts";
import { problemResponses } from "../openapi/problem-responses.ts";
import { schemaReference } from "../openapi/schema-reference.ts";
import { pinnedRulesetParameter } from "../openapi/shared-parameters.ts";
import { currentRulesets } from "../rules/shipped-rulesets.ts";
import { deleteJobFiles, jobResultKey, streamJobResults } from "../storage/job-files.ts";
import { deleteJobRecords, findJob, type JobRecord } from "../storage/job-records.ts";

export const jobRoutes = new Hono<AppEnv>();

/** How long a caller polling a running job is asked to wait. */
const pollSeconds = 5;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

jobRoutes.use("*", requireApiKey({ whenNoKeysConfigured: "refuse" }));

jobRoutes.post("/", async (context) => {
  const pinnedVersion = context.req.query("ruleset");
  if (pinnedVersion) (await currentRulesets(context.env)).byVersion(pinnedVersion);
  const request = context.req.raw;
  if (mediaTypeOf(request) !== ndjsonMediaType) {
    throw new ProblemError("unsupported-media-type", `Send the file as ${ndjsonMediaType}, one encounter per line.`);
  }
  const contentLength = declaredLength(request.headers.get("content-length"));
  const job = await submitJob(
    { body: request.body, contentLength, pinnedVersion, tenant: context.get("tenant") },
    bindingsOf(context),
  );
  const document = jobDocument(job);
  return context.json(document, 202, { location: document.links.self });
});

jobRoutes.get("/:id", async (context) => context.json(jobDocument(await requireJob(context))));

jobRoutes.delete("/:id", async (context) => {
  const job = await requireJob(context);
  // Files first: should the records' delete fail, the job still shows and can be deleted again.
  await deleteJobFiles(context.env.JOB_FILES, job.id);
  await deleteJobRecords(context.env.DB, job.id);
  return context.body(null, 204);
});

jobRoutes.get("/:id/results", async (context) => {
  const job = await requireJob(context);
  if (!isSettled(job)) {
    throw new ProblemError(
      "job-not-finished",
      `${answered(job)} of ${job.total} encounters are answered so far; read the results once the job's status is completed or failed.`,
      {
        headers: { "retry-after": String(pollSeconds) },
      },
    );
  }
  // Expired by the bucket's lifecycle rule (README, Deploy): say so rather than break off mid-stream.
  if (!(await context.env.JOB_FILES.head(jobResultKey(job.id, 0)))) {
    throw new ProblemError(
      "not-found",
      `The answers of job ${job.id} are no longer stored; delete the job and submit the file again if you need them.`,
    );
  }
  return context.body(streamJobResults(context.env.JOB_FILES, job.id, job.chunkCount), 200, {
    "content-type": ndjsonMediaType,
  });
});

function declaredLength(header: string | null): number {
  if (header === null || !/^\d+$/.test(header)) {
    throw new ProblemError("length-required", "Send the file with a Content-Length header.");
  }
  const length = Number(header);
  if (length > maxJobBytes)
    throw new ProblemError(
      "payload-too-large",
      `The file is ${length} bytes, over the limit of ${maxJobBytes} bytes; split it into several jobs.`,
    );
  return length;
}

async function requireJob(context: Context<AppEnv>): Promise<JobRecord> {
  const id = context.req.param("id") ?? "";
  if (!uuidPattern.test(id))
    throw new ProblemError("invalid-request", "A job id is the UUID that POST /v1/jobs answered with.");
  const job = await findJob(context.env.DB, context.get("tenant"), id);
  if (!job) throw new ProblemError("not-found", `No job ${id}: it was never submitted, or it was deleted.`);
  return job;
}

function answered(job: JobRecord): number {
  return Object.values(job.counts).reduce((sum, count) => sum + count, 0);
}

function bindingsOf(context: Context<AppEnv>): JobBindings {
  return { db: context.env.DB, bucket: context.env.JOB_FILES, queue: context.env.JOB_CHUNKS };
}

const jobIdParameter = {
  name: "id",
  in: "path" as const,
  required: true,
  description: "The job's id, as POST /v1/jobs answered it.",
  schema: { type: "string", format: "uuid" },
  example: "0b7e6a52-5d8e-4a51-9d4e-2f0c8f1b6a3d",
};

const exampleJob = {
  id: jobIdParameter.example,
  status: "running",
  total: 100000,
  processed: 42000,
  counts: { pass: 30240, warn: 6300, fail: 5040, problem: 420, error: 0 },
  chunks: { total: 100, done: 42, failed: 0 },
  ruleset: null,
  inputBytes: 61234567,
  createdAt: "2026-11-30T19:20:00.000Z",
  completedAt: null,
  links: { self: `/v1/jobs/${jobIdParameter.example}`, results: `/v1/jobs/${jobIdParameter.example}/results` },
};

const keyRequired = [{ apiKey: [] }];

export const openApiPaths: OpenApiPaths = {
  "/v1/jobs": {
    post: {
      operationId: "submitJob",
      tags: ["Jobs"],
      summary: "Submit a file of encounters",
      description: `Uploads NDJSON, one encounter per line (at most ${maxJobBytes / 1_000_000} MB and ${maxJobEncounters.toLocaleString("en-US")} encounters), and answers 202 at once with the job; the encounters are validated in the background in chunks of ${encountersPerChunk.toLocaleString("en-US")}. Poll \`GET /v1/jobs/{id}\`, then read \`GET /v1/jobs/{id}/results\`. The file is streamed to storage as it arrives, so the request needs a Content-Length. Each line is answered as \`POST /v1/encounters/validate/batch\` answers a line. Job data is health data: this route always needs an API key; the uploaded file is deleted once every encounter is answered, and \`DELETE /v1/jobs/{id}\` removes the answers.`,
      security: keyRequired,
      parameters: [pinnedRulesetParameter],
      requestBody: {
        required: true,
        description: "NDJSON: one encounter per line; blank lines are skipped.",
        content: { [ndjsonMediaType]: { schema: schemaReference(encounterSchema) } },
      },
      responses: {
        "202": {
          description: "The file is stored and queued.",
          headers: { Location: { description: "The job's URL, to poll.", schema: { type: "string" } } },
          content: {
            "application/json": {
              schema: schemaReference(jobSchema),
              examples: {
                queued: {
                  summary: "A job just accepted",
                  value: {
                    ...exampleJob,
                    status: "queued",
                    processed: 0,
                    counts: { pass: 0, warn: 0, fail: 0, problem: 0, error: 0 },
                    chunks: { total: 100, done: 0, failed: 0 },
                  },
                },
              },
            },
          },
        },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "api-keys-not-configured",
          "not-found",
          "method-not-allowed",
          "length-required",
          "payload-too-large",
          "unsupported-media-type",
          "invalid-batch",
          "service-unavailable",
        ),
      },
    },
  },
  "/v1/jobs/{id}": {
    get: {
      operationId: "getJob",
      tags: ["Jobs"],
      summary: "A job's progress",
      description:
        "How many encounters are answered so far and how, counted from the chunks that are done: a chunk delivered twice by the queue is counted once.",
      security: keyRequired,
      parameters: [jobIdParameter],
      responses: {
        "200": {
          description: "The job.",
          content: {
            "application/json": {
              schema: schemaReference(jobSchema),
              examples: { running: { summary: "A job under way", value: exampleJob } },
            },
          },
        },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "api-keys-not-configured",
          "not-found",
          "method-not-allowed",
        ),
      },
    },
    delete: {
      operationId: "deleteJob",
      tags: ["Jobs"],
      summary: "Delete a job",
      description: "Removes the job, its file and its answers. Chunks still queued are dropped when they come up.",
      security: keyRequired,
      parameters: [jobIdParameter],
      responses: {
        "204": { description: "Deleted." },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "api-keys-not-configured",
          "not-found",
          "method-not-allowed",
        ),
      },
    },
  },
  "/v1/jobs/{id}/results": {
    get: {
      operationId: "getJobResults",
      tags: ["Jobs"],
      summary: "A settled job's answers",
      description:
        "NDJSON, one line per encounter of the file, in the file's order: its validation result, or the problem that kept it from being validated (with `index`, its 0-based position among the file's encounters, and `line`, its line in the file). Streamed: any size of job is read in constant memory.",
      security: keyRequired,
      parameters: [jobIdParameter],
      responses: {
        "200": {
          description: "One line per encounter, in order.",
          content: {
            [ndjsonMediaType]: {
              schema: {
                description: "Each line.",
                oneOf: [schemaReference(validationResultSchema), schemaReference(problemSchema)],
              },
            },
          },
        },
        ...problemResponses(
          "invalid-request",
          "unauthorized",
          "api-keys-not-configured",
          "not-found",
          "method-not-allowed",
          "job-not-finished",
        ),
      },
    },
  },
};
