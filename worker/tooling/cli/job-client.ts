// The client side of /v1/jobs for Node tools (npm run jobs:submit, the benchmark): upload a file
// with its Content-Length while reporting bytes sent, poll the job, stream its results to a file.
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Job } from "../../generated/types/job.ts";

export interface JobServer {
  baseUrl: string;
  apiKey: string;
}

export async function uploadJob(
  server: JobServer,
  file: string,
  options: { ruleset?: string; onSent?: (sent: number, size: number) => void } = {},
): Promise<Job> {
  const size = statSync(file).size;
  const url = new URL("/v1/jobs", server.baseUrl);
  if (options.ruleset) url.searchParams.set("ruleset", options.ruleset);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = send(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/x-ndjson",
          "content-length": size,
          authorization: `Bearer ${server.apiKey}`,
        },
      },
      resolve,
    );
    request.on("error", reject);
    let sent = 0;
    const file$ = createReadStream(file);
    file$.on("data", (bytes) => {
      sent += bytes.length;
      options.onSent?.(sent, size);
    });
    file$.on("error", reject);
    file$.pipe(request);
  });
  const text = await readAll(response);
  if (response.statusCode !== 202)
    throw new Error(`POST ${url.pathname} answered ${response.statusCode}: ${describeProblem(text)}`);
  return JSON.parse(text) as Job;
}

export async function getJob(server: JobServer, id: string): Promise<Job> {
  const response = await fetch(new URL(`/v1/jobs/${id}`, server.baseUrl), {
    headers: { authorization: `Bearer ${server.apiKey}` },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET /v1/jobs/${id} answered ${response.status}: ${describeProblem(text)}`);
  return JSON.parse(text) as Job;
}

export function isSettled(job: Job): boolean {
  return job.status === "completed" || job.status === "failed";
}

export async function waitForJob(
  server: JobServer,
  id: string,
  onProgress: (job: Job) => void,
  intervalMs = 500,
): Promise<Job> {
  for (;;) {
    const job = await getJob(server, id);
    onProgress(job);
    if (isSettled(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Streams the results into `file`; answers how many lines were written. */
export async function downloadResults(
  server: JobServer,
  id: string,
  file: string,
  onLines?: (lines: number) => void,
): Promise<number> {
  const response = await fetch(new URL(`/v1/jobs/${id}/results`, server.baseUrl), {
    headers: { authorization: `Bearer ${server.apiKey}` },
  });
  if (!response.ok || !response.body)
    throw new Error(
      `GET /v1/jobs/${id}/results answered ${response.status}: ${describeProblem(await response.text())}`,
    );
  let lines = 0;
  const counter = new Transform({
    transform(bytes: Buffer, _encoding, callback) {
      for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) lines += 1;
      onLines?.(lines);
      callback(null, bytes);
    },
  });
  await pipeline(
    Readable.fromWeb(response.body as import("node:stream/web").ReadableStream),
    counter,
    createWriteStream(file),
  );
  return lines;
}

async function readAll(response: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of response) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

function describeProblem(text: string): string {
  try {
    const problem = JSON.parse(text) as { code?: string; detail?: string };
    return `${problem.code ?? "error"}: ${problem.detail ?? text}`;
  } catch {
    return text.slice(0, 200);
  }
}
