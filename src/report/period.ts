import { DAY_MS, formatDay, formatIsoWeek, isoWeekOf, mondayOfIsoWeek, parseDay, parseIsoWeek } from './calendar';
import { assertZone, offsetMinutes, startOfLocalDay } from './zone';

/** "2026-W47", "2026-11-01..2026-11-10", or the same as an object. */
export type PeriodSpec = string | { week: string } | { from: string; to: string };

/** A span of local calendar days in one zone, with its instants. */
export interface DaySpan {
  /** First and last local day, inclusive ("2026-11-16"). */
  from: string;
  to: string;
  /** Epoch ms: start inclusive, end exclusive. */
  start: number;
  end: number;
}

export interface ReportPeriod extends DaySpan {
  kind: 'week' | 'range';
  /** "2026-W47" for a week, "2026-11-01..2026-11-10" for a range: used in titles and file names. */
  id: string;
  /** IANA zone or UTC offset the days are counted in. */
  zone: string;
}

/** Everything the aggregation needs to bucket rows in one pass. */
export interface ResolvedPeriod {
  period: ReportPeriod;
  previous: DaySpan;
  /** n+1 instants bounding the period's n local days (DST days are 23 or 25 hours). */
  dayStarts: number[];
  dayLabels: string[];
  /** 13 instants bounding the 12 ISO weeks that end with the period's last week. */
  weekStarts: number[];
  weekLabels: string[];
}

const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
export const TREND_WEEKS = 12;

/** The local calendar day (day number) of an instant. */
export function localDay(zone: string, epochMs: number): number {
  return Math.floor((epochMs + offsetMinutes(zone, epochMs) * 60_000) / DAY_MS);
}

function dayStartsFrom(zone: string, firstDay: number, count: number, step = 1): number[] {
  return Array.from({ length: count + 1 }, (_, i) => startOfLocalDay(zone, (firstDay + i * step) * DAY_MS));
}

function span(zone: string, firstDay: number, lastDay: number): DaySpan {
  return {
    from: formatDay(firstDay),
    to: formatDay(lastDay),
    start: startOfLocalDay(zone, firstDay * DAY_MS),
    end: startOfLocalDay(zone, (lastDay + 1) * DAY_MS),
  };
}

function normalise(spec: PeriodSpec): { week: string } | { from: string; to: string } {
  if (typeof spec !== 'string') return spec;
  const range = RANGE.exec(spec.trim());
  return range ? { from: range[1] as string, to: range[2] as string } : { week: spec.trim() };
}

/**
 * Turns a period spec into local days and instants. Without a spec: the last complete ISO week
 * before `now` in `zone`. Throws a RangeError with a readable message on a bad spec or zone.
 */
export function resolvePeriod(spec: PeriodSpec | undefined, now: number, zone: string): ResolvedPeriod {
  assertZone(zone);
  const wanted = spec === undefined ? { week: formatIsoWeek(isoWeekOf(localDay(zone, now) - 7)) } : normalise(spec);
  let firstDay: number;
  let lastDay: number;
  let id: string;
  if ('week' in wanted) {
    const week = parseIsoWeek(wanted.week);
    firstDay = mondayOfIsoWeek(week);
    lastDay = firstDay + 6;
    id = formatIsoWeek(week);
  } else {
    firstDay = parseDay(wanted.from);
    lastDay = parseDay(wanted.to);
    if (lastDay < firstDay) throw new RangeError(`the range ends (${wanted.to}) before it starts (${wanted.from})`);
    id = `${wanted.from}..${wanted.to}`;
  }
  const length = lastDay - firstDay + 1;
  const lastMonday = mondayOfIsoWeek(isoWeekOf(lastDay));
  const firstMonday = lastMonday - (TREND_WEEKS - 1) * 7;
  return {
    period: { kind: 'week' in wanted ? 'week' : 'range', id, zone, ...span(zone, firstDay, lastDay) },
    previous: span(zone, firstDay - length, firstDay - 1),
    dayStarts: dayStartsFrom(zone, firstDay, length),
    dayLabels: Array.from({ length }, (_, i) => formatDay(firstDay + i)),
    weekStarts: dayStartsFrom(zone, firstMonday, TREND_WEEKS, 7),
    weekLabels: Array.from({ length: TREND_WEEKS }, (_, i) => formatIsoWeek(isoWeekOf(firstMonday + i * 7))),
  };
}
