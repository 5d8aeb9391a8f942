// `npm run rules:publish -- <version> [--url <server>] [--activate-at <date-time>]`: sends a release
// cut with rules:release (rules/releases/<version>/, its hash in rules/releases.lock.json) to a running
// worker's POST /v1/admin/releases, which checks it, runs its golden cases and keeps it in shadow.
// The admin key is CLAIMLINT_ADMIN_KEY, else the first of ADMIN_KEYS (environment, then .dev.vars).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../../generated/types/problem.ts";
import type { PublishedRelease } from "../../generated/types/published-release.ts";
import type { ReleasePublication } from "../../generated/types/release-publication.ts";
import type { ReleasesLock } from "../../generated/types/rules/releases-lock.ts";
import { splitTenant } from "../../http/tenants.ts";
import { publicationOfFolder } from "../authoring/release-publication.ts";
import { readCommandLine } from "./command-line.ts";
import { localSetting } from "./local-settings.ts";
import {
  lockPath,
  parseJsonFile,
  readReleaseFolder,
  releaseContentHash,
  releasesDirectory,
} from "./release-folders.ts";

const help = {
  usage: "npm run rules:publish -- <version> [--url http://127.0.0.1:8787] [--activate-at 2027-01-01T06:00:00Z]",
  description: `Publishes a release cut with rules:release to a running ClaimLint without a deploy. The worker checks it with
its own code (schemas, the table checks rules:check runs, facts and operators, its content hash) and runs every one of its golden cases; accepted, it is
kept in shadow: validations keep their answers while GET /v1/admin/releases/<version>/shadow-report counts what it
would change. Switch it on with POST /v1/admin/releases/<version>/activate (rules/README.md has every step).
The admin key is CLAIMLINT_ADMIN_KEY, else the first of ADMIN_KEYS (environment, then .dev.vars).
  <version>      a release under rules/releases/ (cut with npm run rules:release)
  --url          the server (default $CLAIMLINT_URL or http://127.0.0.1:8787)
  --activate-at  when it switches from shadow to active by itself (an RFC 3339 date-time; default: only when activated)`,
};

const { values, positionals } = readCommandLine(help, {
  url: { type: "string", default: process.env.CLAIMLINT_URL ?? "http://127.0.0.1:8787" },
  "activate-at": { type: "string" },
});

function adminKey(): string {
  const entry =
    localSetting("CLAIMLINT_ADMIN_KEY") ??
    (localSetting("ADMIN_KEYS") ?? "")
      .split(",")
      .map((item) => item.trim())
      .find((item) => item !== "");
  if (!entry)
    throw new Error(
      "No admin key: set CLAIMLINT_ADMIN_KEY, or ADMIN_KEYS in .dev.vars (see .dev.vars.example); the server needs the same ADMIN_KEYS.",
    );
  return splitTenant(entry).credential;
}

function publicationFor(version: string, activateAt?: string): ReleasePublication {
  const directory = join(releasesDirectory, version);
  if (!existsSync(directory))
    throw new Error(
      `rules/releases/${version}/ does not exist: cut it first with npm run rules:release -- ${version} --effective <date> --notes "…"`,
    );
  return publicationOfFolder(
    readReleaseFolder(directory),
    parseJsonFile(lockPath) as ReleasesLock,
    releaseContentHash,
    activateAt,
  );
}

function describeProblem(status: number, text: string): string {
  try {
    const problem = JSON.parse(text) as Problem;
    const listed = (problem.errors ?? []).map(
      (error) => `  - ${error.pointer.replace(/~1/g, "/").replace(/~0/g, "~")}: ${error.message}`,
    );
    return [`✗ ${status} ${problem.code}: ${problem.detail}`, ...listed].join("\n");
  } catch {
    return `✗ ${status}: ${text.slice(0, 500)}`;
  }
}

async function main(): Promise<number> {
  const [version] = positionals;
  if (!version || positionals.length > 1) {
    console.error(`usage: ${help.usage}`);
    return 1;
  }
  const publication = publicationFor(version, values["activate-at"]);
  const url = new URL("/v1/admin/releases", values.url);
  const key = adminKey();
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(publication),
  }).catch((error: unknown) => {
    throw new Error(
      `Could not reach ${url.origin} (${error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)}): is the server running? Name it with --url.`,
    );
  });
  const text = await response.text();
  if (!response.ok) {
    console.error(describeProblem(response.status, text));
    return 1;
  }
  const release = JSON.parse(text) as PublishedRelease;
  console.log(
    `✓ ${release.version} ${response.status === 201 ? "published" : "was already published"}: ${release.state}, ${release.goldenCases} golden cases passed on the server (${release.hash})`,
  );
  if (release.state === "shadow") {
    console.log(
      `  watch it:   curl -H "Authorization: Bearer $ADMIN_KEY" ${new URL(`/v1/admin/releases/${version}/shadow-report`, values.url)}`,
    );
    console.log(
      `  switch on:  curl -X POST -H "Authorization: Bearer $ADMIN_KEY" ${new URL(`/v1/admin/releases/${version}/activate`, values.url)}`,
    );
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
