// The report's words, numbers and dates in one language: messages from the extension's
// _locales (src/i18n), numbers and dates by Intl. Pure, so the CLI renders the same text.
import { translator, type MessageKey, type PluralKey, type Substitutions, type Translator } from '../../i18n';
import type { Dimension } from '../../scorer/types';
import { DAY_MS, parseDay } from '../calendar';
import type { ReportPeriod } from '../period';

/** What every renderer takes besides the model. */
export interface RenderOptions {
  /** A shipped locale code ("en", "de"); anything else renders English. Default English. */
  language?: string;
}

const DIMENSION_KEYS: Record<Dimension, MessageKey> = {
  flattery: 'reportDimFlattery',
  emoji: 'reportDimEmoji',
  agreement: 'reportDimAgreement',
};

/** The report has always written English dates day first ("16 Nov 2026"), as British English does. */
const DATE_LOCALES: Record<string, string> = { en: 'en-GB' };

const atMidnight = (day: string) => parseDay(day) * DAY_MS;

export class ReportText {
  readonly language: string;
  private readonly tr: Translator;
  private readonly dates: (options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat;

  constructor(language?: string) {
    this.tr = translator(language);
    this.language = this.tr.language;
    const locale = DATE_LOCALES[this.language] ?? this.language;
    // Days are local calendar days stored as UTC midnights: formatting in UTC keeps the date.
    this.dates = (options) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  }

  t(key: MessageKey, substitutions?: Substitutions): string {
    return this.tr.t(key, substitutions);
  }

  plural(base: PluralKey, count: number, more?: (string | number)[]): string {
    return this.tr.plural(base, count, more);
  }

  /** "1,954" / "1.954": counts read the same in every figure. */
  count(value: number): string {
    return this.tr.number(value);
  }

  /** 0.234 → "23%" / "23 %"; null → "–". */
  percent(share: number | null): string {
    return share === null ? '–' : this.tr.number(share, { style: 'percent', maximumFractionDigits: 0 });
  }

  /** An average score, "31"; null → "–". */
  score(value: number | null): string {
    return value === null ? '–' : this.count(Math.round(value));
  }

  /** "+5", "−3", "±0"; null → "". */
  signed(value: number | null): string {
    if (value === null) return '';
    const rounded = Math.round(value);
    if (rounded === 0) return '±0';
    return `${rounded > 0 ? '+' : '−'}${this.count(Math.abs(rounded))}`;
  }

  /** Percentage points: "+5 pts" / "+5 Pkt."; null → "". */
  signedPoints(value: number | null): string {
    return value === null ? '' : this.t('reportPoints', this.signed(value));
  }

  dimension(dimension: Dimension): string {
    return this.t(DIMENSION_KEYS[dimension]);
  }

  /** "Mon 16" — a trend axis label for a local day. */
  shortDay(day: string): string {
    return this.dates({ weekday: 'short', day: 'numeric' }).format(atMidnight(day));
  }

  weekdayName(day: string): string {
    return this.dates({ weekday: 'long' }).format(atMidnight(day));
  }

  /** "1 Sept" — an axis label for a day in a long range, where the weekday alone is ambiguous. */
  dayMonth(day: string): string {
    return this.dates({ day: 'numeric', month: 'short' }).format(atMidnight(day));
  }

  /** "16 Nov 2026". */
  longDate(day: string): string {
    return this.dates({ day: 'numeric', month: 'short', year: 'numeric' }).format(atMidnight(day));
  }

  /** "Mon, 16 Nov 2026": a day named in full, for tables and text alternatives. */
  fullDay(day: string): string {
    return this.dates({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(atMidnight(day));
  }

  /** "16 – 22 Nov 2026", "28 Dec 2026 – 3 Jan 2027". */
  dayRange(from: string, to: string): string {
    return this.dates({ day: 'numeric', month: 'short', year: 'numeric' }).formatRange(atMidnight(from), atMidnight(to));
  }

  /** "Week 47, 2026" or "1 – 10 Nov 2026". */
  periodTitle(period: ReportPeriod): string {
    if (period.kind === 'week') return this.t('reportWeekName', [Number(period.id.slice(6)), period.id.slice(0, 4)]);
    return this.dayRange(period.from, period.to);
  }

  /** The report's name with its period: "Sycophancy report · Week 47, 2026". */
  documentTitle(period: ReportPeriod): string {
    return this.t('reportDocumentTitle', this.periodTitle(period));
  }

  /** The period as it follows a verb: "in week 47", "on 20 Nov 2026", "in the 10 days to 20 Nov 2026". */
  periodInSentence(period: ReportPeriod): string {
    if (period.kind === 'week') return this.t('reportInWeek', Number(period.id.slice(6)));
    const days = spanDays(period);
    return days === 1 ? this.t('reportOnDay', this.longDate(period.to)) : this.t('reportInDays', [this.count(days), this.longDate(period.to)]);
  }

  /** How a sentence refers to the period before: "the week before", "the 10 days before". */
  previousName(period: ReportPeriod): string {
    if (period.kind === 'week') return this.t('reportBeforeWeek');
    const days = spanDays(period);
    return days === 1 ? this.t('reportBeforeDay') : this.t('reportBeforeDays', this.count(days));
  }

  /** The same as a label, for column heads and "vs …": "week before". */
  previousLabel(period: ReportPeriod): string {
    if (period.kind === 'week') return this.t('reportBeforeWeekLabel');
    const days = spanDays(period);
    return days === 1 ? this.t('reportBeforeDayLabel') : this.t('reportBeforeDaysLabel', this.count(days));
  }

  /** "this week" / "this period". */
  thisName(period: ReportPeriod): string {
    return this.t(period.kind === 'week' ? 'reportThisWeek' : 'reportThisPeriod');
  }
}

function spanDays(period: ReportPeriod): number {
  return parseDay(period.to) - parseDay(period.from) + 1;
}

/** The text for `options.language`, English by default. */
export function reportText(options: RenderOptions = {}): ReportText {
  return new ReportText(options.language);
}
