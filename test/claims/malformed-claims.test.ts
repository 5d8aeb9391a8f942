// Whatever a sender gets wrong in a claim is answered (a problem, an issue) or refused with a
// ProblemError (a 4xx), never thrown as something else (a 5xx): every segment of a real 837P
// dropped or doubled, every element of a FHIR Claim replaced by values of the wrong shape.
import { describe, expect, it } from "vitest";
import { validateFhirBody, validateX12Text } from "../../worker/claims/validate-claims.ts";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import { shippedRulesets } from "../../worker/rules/shipped-rulesets.ts";
import twoClaims from "../fixtures/claims/two-pt-claims.837?raw";
import { therapyClaim } from "../helpers/fhir-claims.ts";

async function answeredOrRefused(action: () => Promise<unknown>): Promise<"answered" | "refused"> {
  try {
    await action();
    return "answered";
  } catch (error) {
    if (error instanceof ProblemError && error.status < 500) return "refused";
    throw error;
  }
}

function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (value && typeof value === "object")
    return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return [path];
}

function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

describe("malformed claims", () => {
  it("answers or refuses an 837P with any one segment dropped or doubled, or any element emptied", async () => {
    const segments = twoClaims.split("~\n");
    const outcomes = new Set<string>();
    for (let index = 0; index < segments.length; index += 1) {
      const dropped = segments.filter((_, position) => position !== index).join("~\n");
      const doubled = [...segments.slice(0, index + 1), segments[index], ...segments.slice(index + 1)].join("~\n");
      const emptied = segments
        .map((segment, position) =>
          position === index
            ? segment
                .split("*")
                .map((element, at) => (at === 2 ? "" : element))
                .join("*")
            : segment,
        )
        .join("~\n");
      for (const text of [dropped, doubled, emptied])
        outcomes.add(await answeredOrRefused(() => validateX12Text(text, shippedRulesets)));
    }
    expect([...outcomes].sort()).toEqual(["answered", "refused"]);
  });

  it("answers or refuses a FHIR Claim with any element replaced by null, a string, a number, an empty list or an empty object", async () => {
    const claim = therapyClaim([
      { code: "97124", units: 2 },
      { code: "97140", modifiers: ["59", "GP"], minutes: 10 },
    ]);
    const outcomes = new Set<string>();
    for (const path of pathsOf(claim)) {
      for (const replacement of [null, "x", 7, [], {}])
        outcomes.add(
          await answeredOrRefused(() => validateFhirBody(replaced(claim, path, replacement), shippedRulesets)),
        );
    }
    expect([...outcomes].sort()).toEqual(["answered", "refused"]);
  });
});
