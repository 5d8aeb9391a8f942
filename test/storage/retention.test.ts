import { describe, expect, it } from "vitest";
import { defaultRetentionDays, retentionCutoff, retentionDays } from "../../worker/storage/retention.ts";

describe("retentionDays", () => {
  it("reads a whole number of days", () => {
    expect(retentionDays("30")).toBe(30);
    expect(retentionDays(" 365 ")).toBe(365);
  });

  it.each([undefined, "", "0", "-5", "1.5", "thirty", "999999"])("falls back to the documented default for %j", (value) => {
    expect(retentionDays(value)).toBe(defaultRetentionDays);
  });
});

describe("retentionCutoff", () => {
  it("is that many days before now", () => {
    expect(retentionCutoff(new Date("2026-11-30T03:30:00.000Z"), 30)).toBe("2026-10-31T03:30:00.000Z");
  });
});
