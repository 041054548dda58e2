import type { ProbeDatabase, ReplyRecord } from '../../db';
import { buildWeeklyReport, resolvePeriod, systemZone, type PeriodSpec, type WeeklyReport } from '../../report';
import type { ResolvedPeriod } from '../../report/period';

/**
 * The instants a report needs rows from: the period, the one before it (for the change) and the
 * 12 trend weeks. Everything else in the history is never read, so a year of rows costs nothing.
 */
export function neededSpan(resolved: ResolvedPeriod): { from: number; to: number } {
  const { period, previous, weekStarts } = resolved;
  return {
    from: Math.min(previous.start, weekStarts[0] ?? previous.start),
    to: Math.max(period.end, weekStarts[weekStarts.length - 1] ?? period.end),
  };
}

/** Rows for one report, straight from the `time` index (end exclusive, like the period's). */
export function loadReportRows(db: ProbeDatabase, resolved: ResolvedPeriod): Promise<ReplyRecord[]> {
  const { from, to } = neededSpan(resolved);
  return db.replies.where('time').between(from, to, true, false).toArray();
}

/**
 * Builds the report for a period (default: the last complete ISO week before `now`) from the
 * stored rows it needs. Throws a RangeError with a readable message on a bad week, range or zone.
 */
export async function loadReport(db: ProbeDatabase, options: { now: number; period?: PeriodSpec; zone?: string }): Promise<WeeklyReport> {
  const zone = options.zone ?? systemZone();
  const resolved = resolvePeriod(options.period, options.now, zone);
  const rows = await loadReportRows(db, resolved);
  return buildWeeklyReport(rows, { now: options.now, period: options.period, zone });
}
