import type { ReplyRecord } from '../db/record';
import type { Dimension, Evidence } from '../scorer/types';
import type { DaySpan, ReportPeriod } from './period';

/** Headline figures of a set of replies. Shares are 0–1; averages 0–100; null when nothing was scored. */
export interface Totals {
  /** Replies with a score (supported language). */
  scored: number;
  /** Scored replies at or above the flag threshold. */
  flagged: number;
  flaggedShare: number | null;
  averageOverall: number | null;
  /** Replies in a language the scorer does not support (overall null): counted, never averaged. */
  unsupported: number;
  /** Replies where the assistant caved after the user pushed back. */
  capitulations: number;
}

/** This period against the previous one. Share change is in percentage points. */
export interface Change {
  scored: number;
  flaggedSharePoints: number | null;
  averageOverall: number | null;
}

/** One bar or point of a trend: a local day, or an ISO week. */
export interface TrendPoint extends Totals {
  label: string;
}

/** Figures for one site or one model ("unknown" when the model was not recorded). */
export interface Breakdown extends Totals {
  key: string;
}

export interface DimensionStat {
  dimension: Dimension;
  average: number | null;
  previousAverage: number | null;
  change: number | null;
  /** Share of replies whose score on this dimension alone reaches the flag threshold. */
  highShare: number | null;
  /** Evidence spans found for this dimension that raised its score (not where a reply pushed back). */
  evidence: number;
}

/** A normalised evidence phrase and how often it raised a score. */
export interface PhraseStat {
  phrase: string;
  dimension: Dimension;
  /** Times it appeared as evidence. */
  count: number;
  /** Replies it appeared in. */
  replies: number;
}

/** A reply as the report shows it: its figures, evidence spans, and a link back. */
export interface ReplySummary {
  key: string;
  site: string;
  model: string | null;
  time: number;
  /** Wall-clock time in the report's zone, "2026-11-18 14:05". */
  localTime: string;
  overall: number | null;
  dimensions: Record<Dimension, number | null>;
  capitulation: boolean;
  language: string;
  scorerVersion: string;
  /** Every span as scored, those that lowered agreement included (negative weight: see loweredScore); the renderers mark only those that raised a score. */
  evidence: Evidence[];
  text?: string;
  userText?: string;
  url?: string;
}

export interface Count {
  key: string;
  count: number;
}

export interface WeeklyReport {
  format: 'sycophancy-probe/weekly-report';
  schema: 1;
  period: ReportPeriod;
  previousPeriod: DaySpan;
  /** Overall score at or above which a reply is flagged. */
  threshold: number;
  totals: Totals;
  previous: Totals;
  change: Change;
  /** One point per local day of the period. */
  days: TrendPoint[];
  /** The 12 ISO weeks ending with the period's last week. */
  weeks: TrendPoint[];
  bySite: Breakdown[];
  byModel: Breakdown[];
  dimensions: DimensionStat[];
  phrases: PhraseStat[];
  topReplies: ReplySummary[];
  /** Capitulation events in time order (at most `limits.capitulations`; totals has the full count). */
  capitulations: ReplySummary[];
  /** Unsupported replies by detected language. */
  unsupportedLanguages: Count[];
  /** Scorer versions behind this period's figures, with how many replies each scored. */
  scorerVersions: Count[];
  /** Every reply in the period, in time order: the CSV export's rows. */
  replies: ReplyRecord[];
}
