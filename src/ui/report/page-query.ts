// The report page's address says what it shows (?week=2026-W47, or ?from=…&to=…, optionally
// &zone=…), so a reload, a bookmark or the weekly notification opens the same report.
import { formatDay, formatIsoWeek, isoWeekOf, parseDay } from '../../report/calendar';
import type { PeriodSpec, ReportPeriod } from '../../report';

export interface PageQuery {
  /** Absent: the last complete ISO week. */
  period?: PeriodSpec;
  /** Absent: the browser's zone. */
  zone?: string;
}

export function queryFromSearch(search: string): PageQuery {
  const params = new URLSearchParams(search);
  const query: PageQuery = {};
  const week = params.get('week');
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) query.period = { from, to };
  else if (week) query.period = week;
  const zone = params.get('zone');
  if (zone) query.zone = zone;
  return query;
}

export function searchFromQuery(query: PageQuery): string {
  const params = new URLSearchParams();
  const { period } = query;
  const range = typeof period === 'string' ? /^(.+)\.\.(.+)$/.exec(period) : null;
  if (range) {
    params.set('from', range[1] as string);
    params.set('to', range[2] as string);
  } else if (typeof period === 'string') params.set('week', period);
  else if (period && 'week' in period) params.set('week', period.week);
  else if (period) {
    params.set('from', period.from);
    params.set('to', period.to);
  }
  if (query.zone) params.set('zone', query.zone);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The period `steps` periods before (negative) or after this one: a week moves by weeks, a range by its own length. */
export function shiftPeriod(period: ReportPeriod, steps: number): PeriodSpec {
  const first = parseDay(period.from);
  const length = parseDay(period.to) - first + 1;
  const start = first + steps * length;
  if (period.kind === 'week') return formatIsoWeek(isoWeekOf(start));
  return { from: formatDay(start), to: formatDay(start + length - 1) };
}

