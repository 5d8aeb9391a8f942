import { describe, expect, it } from "vitest";
import { reportingPeriod } from "../../worker/ledger/reporting-period.ts";

const visit = (dateOfService: string, fields: { progressReport?: boolean; episodeStartedOn?: string } = {}) => ({
  progressReport: false,
  ...fields,
  dateOfService,
});

describe("reportingPeriod", () => {
  it("counts distinct dates of service from the first visit when no episode start is given", () => {
    expect(reportingPeriod([visit("2026-10-01"), visit("2026-10-01"), visit("2026-10-03")], "2026-10-03")).toEqual({
      episodeStartedOn: "2026-10-01",
      lastReportOn: undefined,
      treatmentDays: 2,
    });
  });

  it("starts again the treatment day after a progress report", () => {
    const visits = [
      visit("2026-10-01"),
      visit("2026-10-02", { progressReport: true }),
      visit("2026-10-05"),
      visit("2026-10-06"),
    ];
    expect(reportingPeriod(visits, "2026-10-06")).toEqual({
      episodeStartedOn: "2026-10-01",
      lastReportOn: "2026-10-02",
      treatmentDays: 2,
    });
  });

  it("starts again at the latest episode start, ignoring reports before it", () => {
    const visits = [
      visit("2026-10-01", { progressReport: true }),
      visit("2026-10-02"),
      visit("2026-10-10", { episodeStartedOn: "2026-10-10" }),
      visit("2026-10-11"),
    ];
    expect(reportingPeriod(visits, "2026-10-11")).toEqual({
      episodeStartedOn: "2026-10-10",
      lastReportOn: undefined,
      treatmentDays: 2,
    });
  });

  it("counts only visits on or before the day asked about, and nothing without visits", () => {
    expect(reportingPeriod([visit("2026-10-01"), visit("2026-10-09")], "2026-10-05")?.treatmentDays).toBe(1);
    expect(reportingPeriod([], "2026-10-05")).toBeUndefined();
  });
});
