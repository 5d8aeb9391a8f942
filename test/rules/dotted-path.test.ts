import { describe, expect, it } from "vitest";
import { resolveDottedPath } from "../../worker/rules/dotted-path.ts";

describe("resolveDottedPath", () => {
  const value = { payer: { type: "medicare" }, lines: [{ code: "97110" }] };

  it("reads nested properties and list positions", () => {
    expect(resolveDottedPath(value, "payer.type")).toBe("medicare");
    expect(resolveDottedPath(value, "lines.0.code")).toBe("97110");
  });

  it("answers undefined for a path that does not exist", () => {
    expect(resolveDottedPath(value, "provider.npi")).toBeUndefined();
    expect(resolveDottedPath(value, "lines.3.code")).toBeUndefined();
  });
});
