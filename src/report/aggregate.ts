import type { ReplyRecord, ReplyScores } from '../db/record';
import { DIMENSIONS, FLAG_THRESHOLD, NO_SIGNAL_SCORE, raisedScore, type Dimension } from '../scorer/types';
import { resolvePeriod, type PeriodSpec } from './period';
import { PhraseCounter } from './phrases';
import { addToTally, compareText, emptyTally, ratio, round, totals, type Tally } from './tally';
import type { Breakdown, Change, Count, DimensionStat, ReplySummary, Totals, TrendPoint, WeeklyReport } from './types';
import { formatLocalTime, systemZone } from './zone';

export interface ReportLimits {
  topReplies: number;
  phrases: number;
  capitulations: number;
}

export interface ReportOptions {
  /** The instant the report is made at; it picks the default week. A parameter, so tests and re-exports are reproducible. */
  now: number;
  /** ISO week, date range, or nothing for the last complete ISO week before `now`. */
  period?: PeriodSpec;
  /** IANA zone or UTC offset that days and weeks are counted in; default: the platform's zone. */
  zone?: string;
  limits?: Partial<ReportLimits>;
  /**
   * The figures of every row in the span around the period (the 12 trend weeks and the previous
   * period, the period included), e.g. the database's digests. When given, the trend and the
   * change are counted from these and `rows` need only hold the period's own rows; without it,
   * everything is counted from `rows`.
   */
  history?: Iterable<ReplyScores>;
}

export const DEFAULT_LIMITS: ReportLimits = { topReplies: 5, phrases: 10, capitulations: 20 };

/** Local copies read per row (see tally.ts). */
const THRESHOLD = FLAG_THRESHOLD;
const DIMENSION_LIST = DIMENSIONS;

interface DimensionSums {
  sum: number;
  count: number;
  high: number;
  evidence: number;
}

type DimensionTally = Record<Dimension, DimensionSums>;

function emptyDimensions(): DimensionTally {
  const fresh = (): DimensionSums => ({ sum: 0, count: 0, high: 0, evidence: 0 });
  return { flattery: fresh(), emoji: fresh(), agreement: fresh() };
}

/**
 * A dimension's averages count a score below its no-signal score as that score: pushing back is
 * not negative sycophancy (as in `overall`). It also keeps rows from before agreement had a
 * neutral point (scorer ≤ 1.12.0: 0 for nothing found, 5 since) comparable with newer ones, so
 * a scorer update does not read as a week-on-week change.
 */
function addScores(tally: DimensionTally, row: ReplyScores): void {
  for (const dimension of DIMENSION_LIST) {
    const value = row[dimension];
    if (value === null) continue;
    const sums = tally[dimension];
    sums.sum += Math.max(value, NO_SIGNAL_SCORE[dimension]);
    sums.count += 1;
    if (value >= THRESHOLD) sums.high += 1;
  }
}

/** Evidence spans that raised a score, by dimension: only the period's own figures show them. */
function addEvidence(tally: DimensionTally, row: ReplyRecord): void {
  for (const span of row.evidence) {
    if (!raisedScore(span)) continue;
    const sums = tally[span.dimension];
    if (sums) sums.evidence += 1;
  }
}

function dimensionStats(current: DimensionTally, previous: DimensionTally): DimensionStat[] {
  return DIMENSIONS.map((dimension) => {
    const now = current[dimension];
    const before = previous[dimension];
    const average = ratio(now.sum, now.count, 1);
    const previousAverage = ratio(before.sum, before.count, 1);
    return {
      dimension,
      average,
      previousAverage,
      change: average !== null && previousAverage !== null ? round(average - previousAverage, 1) : null,
      highShare: ratio(now.high, now.count),
      evidence: now.evidence,
    };
  });
}

/** Index i with starts[i] <= time < starts[i + 1]; the caller has checked time is inside. */
function bucketIndex(starts: readonly number[], time: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= time) low = middle;
    else high = middle - 1;
  }
  return low;
}

function countInto(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function tallyInto(map: Map<string, Tally>, key: string, row: ReplyRecord): void {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = emptyTally()));
  addToTally(tally, row);
}

function breakdown(map: Map<string, Tally>): Breakdown[] {
  return [...map.entries()]
    .map(([key, tally]) => ({ key, ...totals(tally) }))
    .sort((a, b) => b.scored + b.unsupported - (a.scored + a.unsupported) || compareText(a.key, b.key));
}

function counts(map: Map<string, number>): Count[] {
  return [...map.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || compareText(a.key, b.key));
}

function change(now: Totals, before: Totals): Change {
  const difference = (a: number | null, b: number | null, scale: number) => (a === null || b === null ? null : round((a - b) * scale, 1));
  return {
    scored: now.scored - before.scored,
    flaggedSharePoints: difference(now.flaggedShare, before.flaggedShare, 100),
    averageOverall: difference(now.averageOverall, before.averageOverall, 1),
  };
}

function summarise(row: ReplyRecord, zone: string): ReplySummary {
  const summary: ReplySummary = {
    key: row.key,
    site: row.site,
    model: row.model,
    time: row.time,
    localTime: formatLocalTime(zone, row.time),
    overall: row.overall,
    dimensions: { flattery: row.flattery, emoji: row.emoji, agreement: row.agreement },
    capitulation: row.capitulation,
    language: row.language,
    scorerVersion: row.scorerVersion,
    evidence: row.evidence,
  };
  if (row.text !== undefined) summary.text = row.text;
  if (row.userText !== undefined) summary.userText = row.userText;
  if (row.url !== undefined) summary.url = row.url;
  return summary;
}

const byTime = (a: ReplyRecord, b: ReplyRecord) => a.time - b.time || compareText(a.key, b.key);
/** Worst first; among equals the most recent. */
const byOverall = (a: ReplyRecord, b: ReplyRecord) => (b.overall ?? 0) - (a.overall ?? 0) || byTime(b, a);

/** Rows read from a time index arrive sorted; checking is O(n), sorting a year of rows is not. */
function sortByTime(rows: ReplyRecord[]): void {
  for (let i = 1; i < rows.length; i++) {
    if (byTime(rows[i - 1] as ReplyRecord, rows[i] as ReplyRecord) > 0) {
      rows.sort(byTime);
      return;
    }
  }
}

/** The `limit` highest-scoring replies in one pass, without sorting them all. */
function worstReplies(rows: readonly ReplyRecord[], limit: number): ReplyRecord[] {
  const best: ReplyRecord[] = [];
  if (limit <= 0) return best;
  for (const row of rows) {
    if (row.overall === null || row.overall <= 0) continue;
    if (best.length === limit && byOverall(row, best[limit - 1] as ReplyRecord) >= 0) continue;
    let at = best.length;
    while (at > 0 && byOverall(row, best[at - 1] as ReplyRecord) < 0) at -= 1;
    best.splice(at, 0, row);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * Aggregates stored rows into the weekly report model in one pass over `rows` (and one over
 * `options.history` when given).
 * Pure: figures depend only on the rows, the period, the zone and `now`, so a past week exports the same later.
 */
export function buildWeeklyReport(rows: Iterable<ReplyRecord>, options: ReportOptions): WeeklyReport {
  const zone = options.zone ?? systemZone();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { period, previous, dayStarts, dayLabels, weekStarts, weekLabels } = resolvePeriod(options.period, options.now, zone);
  const trendStart = weekStarts[0] as number;
  const trendEnd = weekStarts[weekStarts.length - 1] as number;

  const current = emptyTally();
  const before = emptyTally();
  const days = dayLabels.map(emptyTally);
  const weeks = weekLabels.map(emptyTally);
  const currentDimensions = emptyDimensions();
  const previousDimensions = emptyDimensions();
  const sites = new Map<string, Tally>();
  const models = new Map<string, Tally>();
  const languages = new Map<string, number>();
  const versions = new Map<string, number>();
  const phrases = new PhraseCounter();
  const inPeriod: ReplyRecord[] = [];

  /** The trend weeks and the previous period: the only figures that need rows outside the period. */
  const countAround = (row: ReplyScores) => {
    const time = row.time;
    if (time >= trendStart && time < trendEnd) addToTally(weeks[bucketIndex(weekStarts, time)] as Tally, row);
    if (time >= previous.start && time < previous.end) {
      addToTally(before, row);
      addScores(previousDimensions, row);
    }
  };
  const history = options.history;
  if (history) for (const row of history) countAround(row);

  for (const row of rows) {
    if (!history) countAround(row);
    const time = row.time;
    if (time < period.start || time >= period.end) continue;
    inPeriod.push(row);
    addToTally(current, row);
    addToTally(days[bucketIndex(dayStarts, time)] as Tally, row);
    addScores(currentDimensions, row);
    addEvidence(currentDimensions, row);
    tallyInto(sites, row.site, row);
    tallyInto(models, row.model ?? 'unknown', row);
    countInto(versions, row.scorerVersion);
    if (row.overall === null) countInto(languages, row.language);
    phrases.add(row.evidence);
  }

  sortByTime(inPeriod);
  const nowTotals = totals(current);
  const previousTotals = totals(before);
  const point = (labels: string[]) => (tally: Tally, i: number): TrendPoint => ({ label: labels[i] as string, ...totals(tally) });
  return {
    format: 'sycophancy-probe/weekly-report',
    schema: 1,
    period,
    previousPeriod: previous,
    threshold: FLAG_THRESHOLD,
    totals: nowTotals,
    previous: previousTotals,
    change: change(nowTotals, previousTotals),
    days: days.map(point(dayLabels)),
    weeks: weeks.map(point(weekLabels)),
    bySite: breakdown(sites),
    byModel: breakdown(models),
    dimensions: dimensionStats(currentDimensions, previousDimensions),
    phrases: phrases.top(limits.phrases),
    topReplies: worstReplies(inPeriod, limits.topReplies).map((row) => summarise(row, zone)),
    capitulations: inPeriod
      .filter((row) => row.capitulation)
      .slice(0, limits.capitulations)
      .map((row) => summarise(row, zone)),
    unsupportedLanguages: counts(languages),
    scorerVersions: counts(versions),
    replies: inPeriod,
  };
}
