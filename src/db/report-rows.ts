import type { ProbeDatabase } from './index';
import type { ReplyRecord, ReplyScores } from './record';
import { scoresBetween } from './digest';
import { buildWeeklyReport, resolvePeriod, systemZone, type PeriodSpec, type WeeklyReport } from '../report';
import type { ResolvedPeriod } from '../report/period';

/** Epoch ms, start inclusive, end exclusive. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The instants a report needs figures from: the period, the one before it (for the change) and
 * the 12 trend weeks. Everything else in the history is never read, so a year of rows costs nothing.
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

/** What a report reads: the period's full rows, and the digests of the needed span in the order of `readOrder`. */
export interface ReportReads {
  rows: Promise<ReplyRecord[]>;
  near: Promise<ReplyScores[]>;
  rest: Promise<ReplyScores[]>;
}

/**
 * Starts every read a report needs at once. Full rows (evidence, excerpts, text) only for the
 * period itself; the trend weeks and the previous period need only figures, from the digest pages.
 * Each read is its own read-only transaction, so IndexedDB serves them side by side; all are
 * created in this one call, so every one of them sees the same writes.
 */
export function startReads(db: ProbeDatabase, resolved: ResolvedPeriod): ReportReads {
  const { first, rest } = readOrder(resolved);
  const digests = ({ from, to }: Span) => scoresBetween(db, from, to);
  return {
    rows: db.replies.where('time').between(resolved.period.start, resolved.period.end, true, false).toArray(),
    near: digests(first),
    rest: Promise.all(rest.map(digests)).then((spans) => spans.flat()),
  };
}

export interface LoadOptions {
  now: number;
  period?: PeriodSpec;
  zone?: string;
}

/**
 * Builds the report for a period (default: the last complete ISO week before `now`) from the
 * stored rows and digests it needs. With `onHeadline`, a report with this period's figures is
 * handed over as soon as they are read; only its 12-week trend is incomplete until the promise
 * resolves. Throws a RangeError with a readable message on a bad week, range or zone.
 */
export async function loadReport(db: ProbeDatabase, options: LoadOptions, onHeadline?: (report: WeeklyReport) => void): Promise<WeeklyReport> {
  const zone = options.zone ?? systemZone();
  const resolved = resolvePeriod(options.period, options.now, zone);
  const build = (rows: ReplyRecord[], history: ReplyScores[]) => buildWeeklyReport(rows, { now: options.now, period: options.period, zone, history });
  const reads = startReads(db, resolved);
  // Built as soon as its rows are in, while the rest of the trend is still being read.
  const headline = onHeadline && readOrder(resolved).rest.length > 0 && Promise.all([reads.rows, reads.near]).then(([rows, near]) => onHeadline(build(rows, near)));
  const [rows, near, rest] = await Promise.all([reads.rows, reads.near, reads.rest, headline]);
  return build(rows, rest.length > 0 ? near.concat(rest) : near);
}
