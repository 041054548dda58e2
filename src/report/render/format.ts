import { DAY_MS, parseDay, weekday } from '../calendar';
import type { Dimension } from '../../scorer/types';
import type { ReportPeriod } from '../period';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** How much of the user's turn a reply card quotes. */
export const USER_TEXT_MAX = 200;

export const DIMENSION_LABELS: Record<Dimension, string> = {
  flattery: 'Flattery',
  emoji: 'Emoji padding',
  agreement: 'Needless agreement',
};

/** "0.234" → "23%"; null → "–". */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** An average score, "31"; null → "–". */
export function scoreText(value: number | null): string {
  return value === null ? '–' : String(Math.round(value));
}

/** "+5", "−3", "±0"; null → "". */
export function signed(value: number | null, unit = ''): string {
  if (value === null) return '';
  const rounded = Math.round(value);
  if (rounded === 0) return `±0${unit}`;
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toLocaleString('en-US')}${unit}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function dateParts(day: string) {
  const date = new Date(parseDay(day) * DAY_MS);
  return { date: date.getUTCDate(), month: MONTHS[date.getUTCMonth()] as string, year: date.getUTCFullYear() };
}

/** "Mon 16" — a trend axis label for a local day. */
export function shortDay(day: string): string {
  return `${WEEKDAYS[weekday(parseDay(day))]} ${dateParts(day).date}`;
}

export function weekdayName(day: string): string {
  return WEEKDAY_NAMES[weekday(parseDay(day))] as string;
}

/** "1 Sep" — an axis label for a day in a long range, where the weekday alone is ambiguous. */
export function dayMonth(day: string): string {
  const { date, month } = dateParts(day);
  return `${date} ${month}`;
}

/** "1,954": counts read the same in every figure. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** "W47" — a trend axis label for an ISO week. */
export function shortWeek(isoWeek: string): string {
  return isoWeek.slice(5);
}

/** "16 Nov 2026". */
export function longDate(day: string): string {
  const { date, month, year } = dateParts(day);
  return `${date} ${month} ${year}`;
}

/** "Mon 16 Nov 2026": a day named in full, for tables and text alternatives. */
export function fullDay(day: string): string {
  return `${WEEKDAYS[weekday(parseDay(day))]} ${longDate(day)}`;
}

/** "16–22 Nov 2026", "28 Dec 2026 – 3 Jan 2027". */
export function dayRange(from: string, to: string): string {
  if (from === to) return longDate(from);
  const a = dateParts(from);
  const b = dateParts(to);
  if (a.year !== b.year) return `${longDate(from)} – ${longDate(to)}`;
  if (a.month !== b.month) return `${a.date} ${a.month} – ${longDate(to)}`;
  return `${a.date}–${longDate(to)}`;
}

/** "Week 47, 2026" or "1–10 Nov 2026". */
export function periodTitle(period: ReportPeriod): string {
  if (period.kind === 'week') return `Week ${Number(period.id.slice(6))}, ${period.id.slice(0, 4)}`;
  return dayRange(period.from, period.to);
}

/** The period as it follows a verb: "in week 47", "on 20 Nov 2026", "in the 10 days to 20 Nov 2026". */
export function periodInSentence(period: ReportPeriod): string {
  if (period.kind === 'week') return `in week ${Number(period.id.slice(6))}`;
  const days = parseDay(period.to) - parseDay(period.from) + 1;
  return days === 1 ? `on ${longDate(period.to)}` : `in the ${days} days to ${longDate(period.to)}`;
}

/** How the text refers to the period before: "the week before", "the 10 days before". */
export function previousName(period: ReportPeriod): string {
  if (period.kind === 'week') return 'the week before';
  const days = parseDay(period.to) - parseDay(period.from) + 1;
  return days === 1 ? 'the day before' : `the ${days} days before`;
}

/** The same without the article, for column heads and "vs …" labels: "week before". */
export function previousLabel(period: ReportPeriod): string {
  return previousName(period).replace(/^the /, '');
}

export function thisName(period: ReportPeriod): string {
  return period.kind === 'week' ? 'this week' : 'this period';
}

/** At most `max` UTF-16 units with "…", never splitting a surrogate pair (emoji stay whole). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
