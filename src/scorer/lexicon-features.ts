// The fitted lexicon: words and word pairs with a weight each, VADER-style. A word preceded by a
// negator (up to three words back, same sentence) is looked up as "not_<word>", so "not great" and
// "great" carry different weights. The fit script enumerates the same keys with forEachNgram.
import type { Doc } from './text/doc';

const NUMBER = /^[0-9]+$/;

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
    } else if (!NUMBER.test(t)) {
      visit(i <= negatedUntil ? `not_${t}` : t, i, i + 1);
    }
    if (i + 1 < tok.length && sent[i + 1] === sent[i]) {
      const u = tok[i + 1] as string;
      if (!NUMBER.test(u) && !NUMBER.test(t)) visit(`${t} ${u}`, i, i + 2);
    }
  }
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
 */
export function lexiconScore(doc: Doc, negators: Set<string>, lexicon: Map<string, number>): { sum: number; hits: LexiconHit[] } {
  const seen = new Set<string>();
  const hits: LexiconHit[] = [];
  let sum = 0;
  forEachNgram(doc, negators, (key, from, to) => {
    const w = lexicon.get(key);
    if (w === undefined || seen.has(key)) return;
    seen.add(key);
    sum += w;
    hits.push({ key, weight: w, from, to });
  });
  return { sum, hits };
}
