// The one date parser: a calendar date is YYYY-MM-DD naming a day that exists (2026-02-30
// does not; 2028-02-29 does). The schemas' `date` format, the query parameters and the
// tools all use it, so no route accepts a date another refuses.

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The date's parts, or undefined when the text is not a date that exists. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = calendarDatePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== undefined;
}

/** Today's date in UTC, as a calendar date string. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The calendar day `days` after (or, negative, before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

export function dayBefore(date: string): string {
  return addDays(date, -1);
}

export function dayAfter(date: string): string {
  return addDays(date, 1);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
