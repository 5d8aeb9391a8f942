// `npm run jobs:submit -- <encounters.ndjson> [--out <results.ndjson>] [--url <base>] [--ruleset <version>] [--keep]`
// Uploads a file of encounters (one per line) to POST /v1/jobs, shows the upload and the
// validation progressing, then writes the answers, one line per encounter in the file's order,
// to --out (default: <file>.results.ndjson) and deletes the job from the server unless --keep.
// The API key is CLAIMLINT_API_KEY, else the first of API_KEYS (environment, then .dev.vars).
import type { Job } from "../../generated/types/job.ts";
import { readCommandLine } from "./command-line.ts";
import { downloadResults, uploadJob, waitForJob, type JobServer } from "./job-client.ts";
import { splitTenant } from "../../http/tenants.ts";
import { localSetting } from "./local-settings.ts";
import { ProgressBar } from "./progress-bar.ts";

const help = {
  usage:
    "npm run jobs:submit -- <encounters.ndjson> [--out results.ndjson] [--url http://127.0.0.1:8787] [--ruleset 2026.4.0] [--keep]",
  description: `Uploads a file of encounters (one JSON encounter per line) as a job, shows the upload and the validation
progressing, then writes the answers, one line per encounter in the file's order, and deletes the job from the server.
The API key is CLAIMLINT_API_KEY, else the first of API_KEYS (environment, then .dev.vars).
  --out      where the answers go (default <file>.results.ndjson)
  --url      the server (default $CLAIMLINT_URL or http://127.0.0.1:8787)
  --ruleset  a release to pin (default: each encounter's date of service chooses)
  --keep     leave the job and its results on the server`,
};

function apiKey(): string {
  // An API_KEYS entry may name its tenant (`clinic-a:key`); the key sent is the part after it.
  const firstEntry = (localSetting("API_KEYS") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .find((entry) => entry !== "");
  const key =
    localSetting("CLAIMLINT_API_KEY") ?? (firstEntry === undefined ? undefined : splitTenant(firstEntry).credential);
  if (!key)
    throw new Error(
      "No API key: jobs always need one. Set CLAIMLINT_API_KEY, or API_KEYS in .dev.vars (see .dev.vars.example).",
    );
  return key;
}

function describeCounts(job: Job): string {
  const { pass, warn, fail, problem, error } = job.counts;
  return `${job.processed.toLocaleString("en-US")}/${job.total.toLocaleString("en-US")} · pass ${pass} warn ${warn} fail ${fail} problem ${problem}${error > 0 ? ` error ${error}` : ""}`;
}

async function main(): Promise<void> {
  const { values, positionals } = readCommandLine(help, {
    url: { type: "string", default: process.env.CLAIMLINT_URL ?? "http://127.0.0.1:8787" },
    out: { type: "string" },
    ruleset: { type: "string" },
    keep: { type: "boolean", default: false },
  });
  const [file] = positionals;
  if (!file) throw new Error(`usage: ${help.usage}`);
  const out = values.out ?? `${file.replace(/\.ndjson$|\.jsonl$/, "")}.results.ndjson`;
  const server: JobServer = { baseUrl: values.url ?? "http://127.0.0.1:8787", apiKey: apiKey() };

  const upload = new ProgressBar("upload   ");
  const submitted = await uploadJob(server, file, {
    ruleset: values.ruleset,
    onSent: (sent, size) => upload.update(sent, size, `${(sent / 1e6).toFixed(1)} of ${(size / 1e6).toFixed(1)} MB`),
  });
  upload.finish();
  console.error(
    `job ${submitted.id}: ${submitted.total.toLocaleString("en-US")} encounters in ${submitted.chunks.total} chunks`,
  );

  const validation = new ProgressBar("validate ");
  const settled = await waitForJob(server, submitted.id, (job) =>
    validation.update(job.processed, job.total, describeCounts(job)),
  );
  validation.finish();

  const download = new ProgressBar("results  ");
  const lines = await downloadResults(server, submitted.id, out, (count) =>
    download.update(count, settled.total, `${count.toLocaleString("en-US")} lines`),
  );
  download.finish();
  if (lines !== settled.total)
    throw new Error(`The results hold ${lines} lines for ${settled.total} encounters; ${out} is incomplete.`);
  if (!values.keep)
    await fetch(new URL(`/v1/jobs/${submitted.id}`, server.baseUrl), {
      method: "DELETE",
      headers: { authorization: `Bearer ${server.apiKey}` },
    });
  console.error(`${settled.status}: ${describeCounts(settled)} → ${out}`);
  if (settled.status === "failed") process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
