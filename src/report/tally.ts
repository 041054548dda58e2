import { FLAG_THRESHOLD } from '../scorer/types';
import type { ReplyScores } from '../db/record';
import type { Totals } from './types';

/** A plain local copy: read per row, and a module binding costs a getter call under some loaders. */
const THRESHOLD = FLAG_THRESHOLD;

/** Running sums for one bucket; `totals` turns them into figures (never NaN). */
export interface Tally {
  scored: number;
  flagged: number;
  sum: number;
  unsupported: number;
  capitulations: number;
}

export function emptyTally(): Tally {
  return { scored: 0, flagged: 0, sum: 0, unsupported: 0, capitulations: 0 };
}

/** Counts one row; a full row and its digest (src/db/digest.ts) count the same. */
export function addToTally(tally: Tally, row: ReplyScores): void {
  if (row.capitulation) tally.capitulations += 1;
  if (row.overall === null) {
    tally.unsupported += 1;
    return;
  }
  tally.scored += 1;
  tally.sum += row.overall;
  if (row.overall >= THRESHOLD) tally.flagged += 1;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** `part / whole` rounded, or null when the whole is empty. */
export function ratio(part: number, whole: number, digits = 4): number | null {
  return whole === 0 ? null : round(part / whole, digits);
}

export function totals(tally: Tally): Totals {
  return {
    scored: tally.scored,
    flagged: tally.flagged,
    flaggedShare: ratio(tally.flagged, tally.scored),
    averageOverall: ratio(tally.sum, tally.scored, 1),
    unsupported: tally.unsupported,
    capitulations: tally.capitulations,
  };
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
