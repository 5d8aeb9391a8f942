// A release's content hash, the same whoever computes it: the build and the rule tooling (Node)
// record it in rules/releases.lock.json, the worker checks a published release against it.
// Golden cases are tests, not rules, and stay out of it; formatting alone never changes it.

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function isGoldenCasesPath(relativePath: string): boolean {
  return relativePath.endsWith(".cases.json");
}

/** What is hashed: every bundled file's path and canonical JSON, in path order. */
export function hashedText(files: ReadonlyArray<{ relativePath: string; data: unknown }>): string {
  return [...files]
    .filter((file) => !isGoldenCasesPath(file.relativePath))
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath))
    .map((file) => `${file.relativePath}\n${canonicalJson(file.data)}\n`)
    .join("");
}

/** `sha256-` + base64, by WebCrypto (the worker has no node:crypto). */
export async function releaseHash(files: ReadonlyArray<{ relativePath: string; data: unknown }>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(hashedText(files))));
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
