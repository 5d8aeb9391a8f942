import { describe, expect, it } from "vitest";
import { defaultRetentionDays, ledgerCutoff, retentionCutoff, retentionDays } from "../../worker/storage/retention.ts";

describe("retentionDays", () => {
  it("reads a whole number of days", () => {
    expect(retentionDays("30")).toBe(30);
    expect(retentionDays(" 365 ")).toBe(365);
  });

  it.each([undefined, "", "0", "-5", "1.5", "thirty", "999999"])(
    "falls back to the documented default for %j",
    (value) => {
      expect(retentionDays(value)).toBe(defaultRetentionDays);
    },
  );
});

describe("retentionCutoff", () => {
  it("is that many days before now", () => {
    expect(retentionCutoff(new Date("2026-11-30T03:30:00.000Z"), 30)).toBe("2026-10-31T03:30:00.000Z");
  });
});

describe("ledgerCutoff", () => {
  it("keeps the visit ledger from January 1 of the previous calendar year, whatever the day", () => {
    expect(ledgerCutoff(new Date("2026-11-30T03:30:00.000Z"))).toBe("2025-01-01");
    expect(ledgerCutoff(new Date("2027-01-01T03:30:00.000Z"))).toBe("2026-01-01");
    expect(ledgerCutoff(new Date("2026-12-31T23:59:59.000Z"))).toBe("2025-01-01");
  });
});
