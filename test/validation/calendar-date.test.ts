import { describe, expect, it } from "vitest";
import { validateEncounterSchema } from "../../worker/generated/validators.js";
import { isCalendarDate, parseCalendarDate } from "../../worker/validation/calendar-date.ts";
import { encounterWith, timed } from "../helpers/encounters.ts";

describe("the calendar-date parser", () => {
  it("accepts dates that exist, leap days included", () => {
    expect(parseCalendarDate("2026-11-02")).toEqual({ year: 2026, month: 11, day: 2 });
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2026-12-31")).toBe(true);
  });

  it("refuses days that do not exist", () => {
    for (const date of [
      "2026-02-30",
      "2026-02-29",
      "1900-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-01-32",
    ]) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });

  it("refuses anything but YYYY-MM-DD", () => {
    for (const text of [
      "2026-1-02",
      "20261102",
      "2026-11-02T00:00:00Z",
      " 2026-11-02",
      "2026/11/02",
      "yesterday",
      "",
    ]) {
      expect(isCalendarDate(text), text).toBe(false);
    }
  });

  it("is the parser the generated encounter validator checks dateOfService with", () => {
    expect(validateEncounterSchema(encounterWith([timed("97110", 30)], { dateOfService: "2028-02-29" }))).toBe(true);
    expect(validateEncounterSchema(encounterWith([timed("97110", 30)], { dateOfService: "2026-02-30" }))).toBe(false);
  });
});
