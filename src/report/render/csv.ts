import type { ReplyRecord } from '../../db/record';
import { FLAG_THRESHOLD, inReply, loweredScore, type Evidence } from '../../scorer/types';
import type { WeeklyReport } from '../types';
import { formatLocalTime } from '../zone';
import { csvCell } from './escape';

/**
 * One span of the `evidence` column: "agreement: You are right". A span of the previous answer says
 * "(previous answer)"; one that lowered the score, where the reply pushed back, says so with its
 * negative weight: "agreement (lowered, weight -0.66): pros and cons".
 */
function evidenceEntry(e: Evidence): string {
  const notes = [inReply(e) ? '' : 'previous answer', loweredScore(e) ? `lowered, weight ${e.weight}` : ''].filter(Boolean);
  return `${e.dimension}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}: ${e.text}`;
}

const COLUMNS: [string, (row: ReplyRecord, zone: string) => string | number | boolean | null | undefined][] = [
  ['time_utc', (r) => new Date(r.time).toISOString()],
  ['local_time', (r, zone) => formatLocalTime(zone, r.time)],
  ['site', (r) => r.site],
  ['model', (r) => r.model],
  ['conversation', (r) => r.conversation],
  ['message', (r) => r.message],
  ['version', (r) => r.version],
  ['overall', (r) => r.overall],
  ['flattery', (r) => r.flattery],
  ['emoji', (r) => r.emoji],
  ['agreement', (r) => r.agreement],
  ['flagged', (r) => (r.overall === null ? null : r.overall >= FLAG_THRESHOLD)],
  ['capitulation', (r) => r.capitulation],
  ['language', (r) => r.language],
  ['scorer_version', (r) => r.scorerVersion],
  ['evidence', (r) => r.evidence.map(evidenceEntry).join(' | ')],
  ['url', (r) => r.url],
  ['user', (r) => r.userText],
  ['reply', (r) => r.text],
];

/**
 * The CSV export: one row per reply in the period, time order; `flagged` is empty for unsupported
 * languages. Data for spreadsheets and scripts, in no language: the header row is the same stable
 * machine names (as the JSON keys) and values are unformatted (ISO times, 0.5 not "0,5"), so a
 * formula or script written against one user's export reads every other user's.
 */
export function renderCsv(report: WeeklyReport): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of report.replies) lines.push(COLUMNS.map(([, value]) => csvCell(value(row, report.period.zone))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
