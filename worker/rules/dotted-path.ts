// Rule conditions reach into facts with plain dotted paths (`payer.type`, `lines.0.code`),
// never JSONPath: easier to read for rule authors and cheaper to evaluate.

export function resolveDottedPath(value: unknown, path: string): unknown {
  return resolvePathSegments(value, path.split("."));
}

/** The same with the path split beforehand, for callers that read one path many times. */
export function resolvePathSegments(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || current === undefined) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
