import { describe, expect, it } from "vitest";
import { parseDevVars } from "../../../worker/tooling/cli/dev-vars.ts";

describe("parseDevVars", () => {
  it("reads KEY=value lines, quoted or not, skipping comments and blanks", () => {
    const text = [
      "# local only",
      "",
      'WEBHOOK_SECRET="whsec_abc+/="',
      "API_KEYS=one,two  # trailing note",
      "export PORT='8787'",
    ].join("\n");
    expect(parseDevVars(text)).toEqual({ WEBHOOK_SECRET: "whsec_abc+/=", API_KEYS: "one,two", PORT: "8787" });
  });

  it("keeps a space-separated value whole, as rotated secrets are written", () => {
    expect(parseDevVars('WEBHOOK_SECRET="whsec_new whsec_old"\r\n').WEBHOOK_SECRET).toBe("whsec_new whsec_old");
  });

  it("ignores lines that are not assignments", () => {
    expect(parseDevVars("not an assignment\n=value\n")).toEqual({});
  });
});
