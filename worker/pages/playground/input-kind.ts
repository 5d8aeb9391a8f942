// What the playground's text is, by its shape alone: an 837P interchange starts with its ISA
// segment; a JSON FHIR Claim or Bundle says so in resourceType; any other JSON is an encounter.
export type PlaygroundInput =
  | { kind: "encounter"; body: unknown }
  | { kind: "fhir"; body: unknown }
  | { kind: "x12"; text: string }
  | { kind: "not-json"; message: string };

export type InputKind = PlaygroundInput["kind"];

export const kindNames: Record<InputKind, string> = {
  encounter: "an encounter (JSON)",
  fhir: "a FHIR R4 Claim or Bundle",
  x12: "an 837P interchange (X12)",
  "not-json": "not yet JSON, nor an 837P",
};

export function readPlaygroundInput(text: string): PlaygroundInput {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (/^ISA/.test(trimmed)) return { kind: "x12", text: trimmed };
  let body: unknown;
  try {
    body = JSON.parse(trimmed);
  } catch (error) {
    return { kind: "not-json", message: error instanceof Error ? error.message : String(error) };
  }
  const resourceType =
    typeof body === "object" && body !== null ? (body as { resourceType?: unknown }).resourceType : undefined;
  return resourceType === "Claim" || resourceType === "Bundle" ? { kind: "fhir", body } : { kind: "encounter", body };
}

/** The route and media type the input is sent with; undefined for text that cannot be sent. */
export function requestFor(
  input: PlaygroundInput,
  ruleset: string,
): { path: string; contentType: string; body: string } | undefined {
  const query = ruleset ? `?ruleset=${encodeURIComponent(ruleset)}` : "";
  switch (input.kind) {
    case "encounter":
      return {
        path: `/v1/encounters/validate${query}`,
        contentType: "application/json",
        body: JSON.stringify(input.body),
      };
    case "fhir":
      return {
        path: `/v1/claims/validate${query}`,
        contentType: "application/fhir+json",
        body: JSON.stringify(input.body),
      };
    case "x12":
      return { path: `/v1/claims/validate${query}`, contentType: "application/edi-x12", body: input.text };
    case "not-json":
      return undefined;
  }
}
