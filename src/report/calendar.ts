/**
 * Calendar arithmetic on civil days (days since 1970-01-01, no time zone), and ISO 8601 weeks.
 * Working on day numbers keeps week 1, 52 and 53 boundaries exact whatever zone the report uses.
 */

export const DAY_MS = 86_400_000;

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface IsoWeek {
  year: number;
  week: number;
}

/** Monday = 0 … Sunday = 6. Day 0 (1970-01-01) was a Thursday. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function dayFromYmd(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** "2026-11-16" for a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A day number from "YYYY-MM-DD"; throws on impossible dates such as 2026-02-30. */
export function parseDay(text: string): number {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`expected a date like 2026-11-16, got "${text}"`);
  const day = dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
  if (formatDay(day) !== text) throw new RangeError(`no such date: "${text}"`);
  return day;
}

export function isoWeekOf(day: number): IsoWeek {
  const thursday = day - weekday(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return { year, week: Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1 };
}

/** The Monday that starts an ISO week. January 4th is always in week 1. */
export function mondayOfIsoWeek({ year, week }: IsoWeek): number {
  const january4 = dayFromYmd(year, 1, 4);
  return january4 - weekday(january4) + (week - 1) * 7;
}

export function weeksInIsoYear(year: number): number {
  return isoWeekOf(dayFromYmd(year, 12, 28)).week;
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Parses "2026-W47"; throws on malformed text or a week the year does not have (e.g. 2025-W53). */
export function parseIsoWeek(text: string): IsoWeek {
  const match = ISO_WEEK.exec(text);
  if (!match) throw new RangeError(`expected an ISO week like 2026-W47, got "${text}"`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInIsoYear(year)) throw new RangeError(`${year} has no ISO week ${week}`);
  return { year, week };
}
