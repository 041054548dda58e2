// Turns a dimension's contributions into the evidence spans a reader sees (badge card, inline
// highlights, the report's phrase counts). Evidence must be something a reader would agree raised
// the score, so two kinds of span are never shown, though both still count in the score:
// - fitted lexicon entries: single words and pairs like "can", "or", "issues" are statistical cues
//   a reader cannot check; the named rules' spans explain the score (model.ts does not even list
//   them among the contributions);
// - spans made only of function words ("here are", "how to"): see LanguageLexicon.functionWords;
//   unless they are all that raised a score worth a look ("You're onto something"): such a score
//   explains itself.
// A score raised by what the reply dropped from its previous answer is explained by spans of the
// previous answer (`in: 'previous'`, offsets into it); they are listed after the reply's spans.
// Agreement also has signals against it (both sides weighed, the other party sided with, an
// earlier answer held): their spans are evidence too, with a negative weight (types.ts:
// loweredScore), so a reply scored below agreement's neutral point can say why.
import type { Contribution, DimensionResult } from './model';
import { tokenIds, type Context, type Doc, type Hit } from './rules/context';
import { sortInPlace } from './sort';
import { FLAG_THRESHOLD, type Dimension, type Evidence, type EvidenceSource } from './types';

/** Evidence spans kept per dimension (strongest first), so a 1 MB reply yields a bounded answer. */
export const MAX_EVIDENCE_PER_DIMENSION = 24;

/** From this score a dimension is "present but below the flag: worth a look" (README, "What the scores mean"), so it must say why. */
const WORTH_A_LOOK = FLAG_THRESHOLD / 2;

/** Which way the spans asked for moved the score (see toEvidence). */
export type Direction = 'raised' | 'lowered';

/** One evidence span of `text`: the reply, or the previous answer when `source` says so. */
export function evidence(text: string, dimension: Dimension, h: Hit, signal: string, weight: number, source: EvidenceSource = 'reply'): Evidence {
  const e: Evidence = { dimension, text: text.slice(h.start, h.end), start: h.start, end: h.end, signal, weight: roundWeight(weight) };
  // The reply's spans carry no `in`, as every stored row's spans had before `in` existed.
  if (source === 'previous') e.in = source;
  return e;
}

/** Two decimals; a negative weight never rounds to 0, since its sign is what marks a span that lowered the score. */
function roundWeight(weight: number): number {
  const rounded = Math.round(weight * 100) / 100;
  return weight < 0 ? Math.min(rounded, -0.01) : rounded;
}

/** Does the span hold at least one token of the reply (or of `doc`, one of its turns) that is not a function word? */
export function hasContentWord(ctx: Context, h: Hit, doc: Doc = ctx.doc): boolean {
  const { start, end } = doc;
  const ids = tokenIds(ctx, doc);
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

/**
 * The spans that moved a dimension one way: by default those that raised it (positive rule
 * contributions), or with `lowered` those that lowered it (negative ones; their evidence carries
 * the rule's negative weight). Strongest first, at most MAX_EVIDENCE_PER_DIMENSION each way,
 * de-duplicated; the reply's in text order, then the previous answer's.
 */
export function toEvidence(ctx: Context, dimension: Dimension, result: DimensionResult, prefix = '', direction: Direction = 'raised'): Evidence[] {
  const sign = direction === 'raised' ? 1 : -1;
  // A loop, not `filter`: most calls find nothing, and then no array is made.
  let moved: Contribution[] | undefined;
  for (const c of result.contributions) {
    if (sign * c.amount > 0.05 && (c.hits.length > 0 || (c.previousHits?.length ?? 0) > 0)) (moved ??= []).push(c);
  }
  // Most replies: nothing moved the dimension, or one rule did (nothing to sort: a sort call costs more than the rest).
  if (moved === undefined) return [];
  if (moved.length > 1) sortInPlace(moved, (a, b) => sign * (b.amount - a.amount));
  let picked = collect(new PickedSpans(ctx, dimension, false), moved, prefix);
  // Every span that raised a score worth a look is made only of function words ("You're onto
  // something real here."): they are shown rather than none. A faint score ("Here are some ways…")
  // keeps them hidden, so they do not crowd the report's phrase counts.
  if (direction === 'raised' && result.score >= WORTH_A_LOOK && picked.inReply.length === 0 && picked.inPrevious.length === 0) {
    picked = collect(new PickedSpans(ctx, dimension, true), moved, prefix);
  }
  const { inReply, inPrevious } = picked;
  if (inReply.length > 1) sortInPlace(inReply, byStart);
  return inPrevious.length === 0 ? inReply : inReply.concat(sortInPlace(inPrevious, byStart));
}

/** Picks the spans of the contributions, strongest first, until the dimension has enough. */
function collect(picked: PickedSpans, moved: Contribution[], prefix: string): PickedSpans {
  const { ctx } = picked;
  for (const c of moved) {
    for (const h of c.hits) if (!picked.add(h, ctx.doc, 'reply', prefix + c.signal, c.weight)) return picked;
    // Only rules that read the previous answer return its spans: asking for it otherwise would tokenise it for nothing.
    if (!c.previousHits?.length) continue;
    const previous = ctx.previous as Doc;
    for (const h of c.previousHits) if (!picked.add(h, previous, 'previous', prefix + c.signal, c.weight)) return picked;
  }
  return picked;
}

/**
 * The evidence spans picked for one dimension so far. (A class, not closures in toEvidence: tsx,
 * which the bench and tests run, names every such closure with a defineProperty call, per reply.)
 */
class PickedSpans {
  readonly inReply: Evidence[] = [];
  readonly inPrevious: Evidence[] = [];

  /** `functionWordsToo`: also spans made only of function words ("here are"), which otherwise say nothing. */
  constructor(
    readonly ctx: Context,
    private readonly dimension: Dimension,
    private readonly functionWordsToo: boolean,
  ) {}

  /** Adds the span unless already shown or it says nothing; false once the dimension has enough. */
  add(h: Hit, doc: Doc, source: EvidenceSource, signal: string, weight: number): boolean {
    const picked = source === 'previous' ? this.inPrevious : this.inReply;
    // At most MAX_EVIDENCE_PER_DIMENSION spans: comparing with each is cheaper than a Set per dimension per reply.
    for (const e of picked) if (e.start === h.start && e.end === h.end) return true;
    if (!this.functionWordsToo && !hasContentWord(this.ctx, h, doc)) return true;
    picked.push(evidence(doc.text, this.dimension, h, signal, weight, source));
    return this.inReply.length + this.inPrevious.length < MAX_EVIDENCE_PER_DIMENSION;
  }
}

function byStart(a: Evidence, b: Evidence): number {
  return a.start - b.start;
}
