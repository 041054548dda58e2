import type { ProbeDatabase, ReplyRecord } from '../../db';
import { buildWeeklyReport, resolvePeriod, systemZone, type PeriodSpec, type WeeklyReport } from '../../report';
import type { ResolvedPeriod } from '../../report/period';

/** Epoch ms, start inclusive, end exclusive. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The instants a report needs rows from: the period, the one before it (for the change) and the
 * 12 trend weeks. Everything else in the history is never read, so a year of rows costs nothing.
 */
export function neededSpan(resolved: ResolvedPeriod): Span {
  const { period, previous, weekStarts } = resolved;
  return {
    from: Math.min(previous.start, weekStarts[0] ?? previous.start),
    to: Math.max(period.end, weekStarts[weekStarts.length - 1] ?? period.end),
  };
}

/**
 * The needed span in two reads: first the period and the one before it (all the headline, the
 * change and the breakdowns need), then the rest of the trend weeks around them.
 */
export function readOrder(resolved: ResolvedPeriod): { first: Span; rest: Span[] } {
  const { from, to } = neededSpan(resolved);
  const first = { from: resolved.previous.start, to: resolved.period.end };
  const rest = [
    { from, to: first.from },
    { from: first.to, to },
  ].filter((span) => span.to > span.from);
  return { first, rest };
}

function readSpan(db: ProbeDatabase, { from, to }: Span): Promise<ReplyRecord[]> {
  return db.replies.where('time').between(from, to, true, false).toArray();
}

/** Every row a report needs, straight from the `time` index. */
export async function loadReportRows(db: ProbeDatabase, resolved: ResolvedPeriod): Promise<ReplyRecord[]> {
  const { first, rest } = readOrder(resolved);
  return (await Promise.all([first, ...rest].map((span) => readSpan(db, span)))).flat();
}

export interface LoadOptions {
  now: number;
  period?: PeriodSpec;
  zone?: string;
}

/**
 * Builds the report for a period (default: the last complete ISO week before `now`) from the
 * stored rows it needs. With `onHeadline`, a report with this period's figures is handed over as
 * soon as its own rows are read; only its 12-week trend is incomplete until the promise resolves.
 * Throws a RangeError with a readable message on a bad week, range or zone.
 */
export async function loadReport(db: ProbeDatabase, options: LoadOptions, onHeadline?: (report: WeeklyReport) => void): Promise<WeeklyReport> {
  const zone = options.zone ?? systemZone();
  const resolved = resolvePeriod(options.period, options.now, zone);
  const build = (rows: ReplyRecord[]) => buildWeeklyReport(rows, { now: options.now, period: options.period, zone });
  if (!onHeadline) return build(await loadReportRows(db, resolved));
  const { first, rest } = readOrder(resolved);
  const rows = await readSpan(db, first);
  if (rest.length === 0) return build(rows);
  onHeadline(build(rows));
  const more = await Promise.all(rest.map((span) => readSpan(db, span)));
  return build(rows.concat(...more));
}
