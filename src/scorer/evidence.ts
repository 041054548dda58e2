// Turns a dimension's contributions into the evidence spans a reader sees (badge card, inline
// highlights, the report's phrase counts). Evidence must be something a reader would agree raised
// the score, so two kinds of span are never shown, though both still count in the score:
// - fitted lexicon entries: single words and pairs like "can", "or", "issues" are statistical cues
//   a reader cannot check; the named rules' spans explain the score (model.ts does not even list
//   them among the contributions);
// - spans made only of function words ("here are", "how to"): see LanguageLexicon.functionWords.
import type { DimensionResult } from './model';
import { tokenIds, type Context, type Hit } from './rules/context';
import type { Dimension, Evidence } from './types';

/** Evidence spans kept per dimension (strongest first), so a 1 MB reply yields a bounded answer. */
export const MAX_EVIDENCE_PER_DIMENSION = 24;

export function evidence(reply: string, dimension: Dimension, h: Hit, signal: string, weight: number): Evidence {
  return { dimension, text: reply.slice(h.start, h.end), start: h.start, end: h.end, signal, weight: Math.round(weight * 100) / 100 };
}

/** Does the span hold at least one reply token that is not a function word? */
export function hasContentWord(ctx: Context, h: Hit): boolean {
  const { start, end } = ctx.doc;
  const ids = tokenIds(ctx);
  const fn = ctx.c.functionById;
  // First token starting at or after the span's start (binary search: spans are few, tokens many).
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((start[mid] as number) < h.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < start.length && (end[i] as number) <= h.end; i++) {
    const id = ids[i] as number;
    if (id >= fn.length || fn[id] === 0) return true;
  }
  return false;
}

/** The spans that raised a dimension: positive rule contributions only, strongest first, de-duplicated, in text order. */
export function toEvidence(ctx: Context, dimension: Dimension, result: DimensionResult, prefix = ''): Evidence[] {
  const reply = ctx.doc.text;
  const positive = result.contributions
    .filter((c) => c.amount > 0.05 && c.hits.length > 0)
    .sort((a, b) => b.amount - a.amount);
  const out: Evidence[] = [];
  const seen = new Set<number>();
  for (const c of positive) {
    for (const h of c.hits) {
      const key = h.start * 0x100000000 + h.end;
      if (seen.has(key) || !hasContentWord(ctx, h)) continue;
      seen.add(key);
      out.push(evidence(reply, dimension, h, prefix + c.signal, c.weight));
      if (out.length >= MAX_EVIDENCE_PER_DIMENSION) return out.sort((a, b) => a.start - b.start);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
