// The fitted lexicon: words and word pairs with a weight each, VADER-style. A word preceded by a
// negator (up to three words back, same sentence) is looked up as "not_<word>", so "not great" and
// "great" carry different weights. The fit script enumerates the keys with forEachNgram; the
// scorer looks them up with lexiconScore, which must produce exactly the same keys.
import type { Doc } from './text/doc';

/** All digits: numbers never enter the lexicon. */
export function isNumber(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return t.length > 0;
}

/** Calls `visit(key, fromToken, toToken)` for every unigram and in-sentence bigram of the reply. */
export function forEachNgram(doc: Doc, negators: Set<string>, visit: (key: string, from: number, to: number) => void): void {
  const { tok, sent } = doc;
  let negatedUntil = -1;
  for (let i = 0; i < tok.length; i++) {
    const t = tok[i] as string;
    if (i > 0 && sent[i] !== sent[i - 1]) negatedUntil = -1;
    if (negators.has(t)) {
      negatedUntil = i + 3;
      visit(t, i, i + 1);
    } else if (!isNumber(t)) {
      visit(i <= negatedUntil ? `not_${t}` : t, i, i + 1);
    }
    if (i + 1 < tok.length && sent[i + 1] === sent[i]) {
      const u = tok[i + 1] as string;
      if (!isNumber(u) && !isNumber(t)) visit(`${t} ${u}`, i, i + 2);
    }
  }
}

/** A lexicon split for lookup without building strings: one map entry per first word. */
export interface CompiledLexicon {
  size: number;
  /** Word → its unigram weight and the bigrams it starts. */
  first: Map<string, { uni?: number; next?: Map<string, number> }>;
}

export function compileLexicon(entries: Record<string, number>): CompiledLexicon {
  const first = new Map<string, { uni?: number; next?: Map<string, number> }>();
  const entry = (w: string) => {
    let e = first.get(w);
    if (!e) first.set(w, (e = {}));
    return e;
  };
  for (const [key, w] of Object.entries(entries)) {
    const space = key.indexOf(' ');
    if (space === -1) {
      entry(key).uni = w;
      continue;
    }
    const e = entry(key.slice(0, space));
    (e.next ??= new Map()).set(key.slice(space + 1), w);
  }
  return { size: Object.keys(entries).length, first };
}

export interface LexiconHit {
  key: string;
  weight: number;
  from: number;
  to: number;
}

/**
 * Sums the weights of the lexicon entries present in the reply (each entry counts once: the models
 * ask "is this phrase there", not "how often"), and returns the first place each one occurs.
 * One map lookup per token (two after a negator): the keys are those forEachNgram enumerates.
 */
export function lexiconScore(doc: Doc, negators: Set<string>, lexicon: CompiledLexicon): { sum: number; hits: LexiconHit[] } {
  const { tok, sent } = doc;
  const seen = new Set<string>();
  const hits: LexiconHit[] = [];
  let sum = 0;
  let negatedUntil = -1;
  const add = (key: string, weight: number, from: number, to: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    sum += weight;
    hits.push({ key, weight, from, to });
  };
  for (let i = 0; i < tok.length; i++) {
    const t = tok[i] as string;
    if (i > 0 && sent[i] !== sent[i - 1]) negatedUntil = -1;
    const e = lexicon.first.get(t);
    if (negators.has(t)) {
      negatedUntil = i + 3;
      if (e?.uni !== undefined) add(t, e.uni, i, i + 1);
    } else if (i <= negatedUntil) {
      const w = lexicon.first.get(`not_${t}`)?.uni;
      if (w !== undefined && !isNumber(t)) add(`not_${t}`, w, i, i + 1);
    } else if (e?.uni !== undefined && !isNumber(t)) {
      add(t, e.uni, i, i + 1);
    }
    if (e?.next && i + 1 < tok.length && sent[i + 1] === sent[i]) {
      const u = tok[i + 1] as string;
      const w = e.next.get(u);
      if (w !== undefined && !isNumber(t) && !isNumber(u)) add(`${t} ${u}`, w, i, i + 2);
    }
  }
  return { sum, hits };
}
