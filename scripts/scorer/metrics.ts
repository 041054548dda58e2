// The figures eval.ts and external.ts print, computed and formatted once.
import { FLAG_THRESHOLD } from '../../src/scorer';
import { auc } from './logreg';

export interface Metrics {
  n: number;
  pos: number;
  auc: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

/** ROC-AUC, and precision, recall, F1 and false-positive rate of flagging at the threshold. */
export function metrics(scores: readonly number[], labels: readonly number[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  scores.forEach((x, i) => {
    const flagged = x >= FLAG_THRESHOLD;
    if (labels[i] === 1) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  return {
    n: scores.length,
    pos: tp + fn,
    auc: auc([...scores], [...labels]),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : NaN,
    fpr: fp + tn ? fp / (fp + tn) : NaN,
  };
}

const f = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(3));

export const METRICS_HEADER = `${'group'.padEnd(34)} ${'scorer'.padEnd(18)}     n  pos   AUC   prec  recall   F1    FPR`;

export function metricsLine(group: string, scorer: string, m: Metrics): string {
  return `${group.padEnd(34)} ${scorer.padEnd(18)} ${String(m.n).padStart(5)} ${String(m.pos).padStart(4)}  ${f(m.auc)}  ${f(m.precision)}  ${f(m.recall)}  ${f(m.f1)}  ${f(m.fpr)}`;
}

export interface Coverage {
  /** The judge's phrases. */
  total: number;
  /** Those found verbatim (case-insensitive) in the reply. */
  located: number;
  /** Those found and overlapped by a span. */
  covered: number;
}

/** How many of a judge's quoted phrases the spans overlap, added into `into`. */
export function addCoverage(into: Coverage, reply: string, phrases: ReadonlyArray<readonly [string, number]>, spans: ReadonlyArray<readonly [number, number]>): void {
  const lower = reply.toLowerCase();
  for (const [phrase] of phrases) {
    into.total++;
    const at = lower.indexOf(phrase.toLowerCase().trim());
    if (at === -1) continue;
    into.located++;
    const end = at + phrase.trim().length;
    if (spans.some(([start, stop]) => start < end && stop > at)) into.covered++;
  }
}

/** Items grouped by a key, groups sorted by key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, T[]]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}
