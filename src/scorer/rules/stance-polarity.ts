// The user and another party state one claim, one of them with a "not": "I'm saying that a hot dog
// is a sandwich, and they're saying that a hot dog is not a sandwich." Both sides use the same
// words, so `stance-opening` (which compares the words only one side uses) cannot tell them apart;
// what does is whether the reply's opening states the claim with or without the "not".
import { claims, isNegationAt, NEGATION_REACH } from './claims';
import { makeRule, NONE, stem, tokenSpan } from './context';

function sameWords(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/**
 * 1 when the first of the reply's first two sentences that states the claim (names at least two of
 * its words) states it the user's way — negated or not, by a negator among or just before those
 * words — and −1 when it states it the other party's way. 0 when the two sides do not differ by a
 * negation alone, or the opening never states the claim.
 */
export const stancePolarity = makeRule({
  name: 'stance-polarity',
  description: 'the user and another party state one claim with and without a "not"; the reply\'s opening states it the user\'s way (1) or the other\'s (−1)',
  dimensions: { agreement: 1 },
  run(ctx) {
    if (!ctx.user) return NONE;
    const sides = claims(ctx, ctx.user);
    if (!sides || sides.own.negated === sides.theirs.negated || sides.own.words.size === 0 || !sameWords(sides.own.words, sides.theirs.words)) return NONE;
    const { words, negated } = sides.own;
    const need = Math.min(2, words.size);
    const { doc } = ctx;
    // Only the opening's words are made, one by one (doc.tok would make every token's).
    for (let sentence = 0; sentence < 2 && sentence < doc.sentStart.length; sentence++) {
      const from = doc.sentStart[sentence] as number;
      const to = doc.sentStart[sentence + 1] ?? doc.count;
      // One sentence: where the claim's words are in it.
      let first = -1;
      let last = -1;
      const found = new Set<string>();
      for (let i = from; i < to; i++) {
        const w = stem(doc.word(i));
        if (!words.has(w)) continue;
        found.add(w);
        if (first === -1) first = i;
        last = i;
      }
      if (found.size < need) continue;
      let start = first;
      let stated = false;
      for (let k = Math.max(from, first - NEGATION_REACH); k <= last; k++) {
        if (!isNegationAt(ctx, doc, k)) continue;
        stated = true;
        start = Math.min(start, k);
      }
      return stated === negated ? { value: 1, hits: [tokenSpan(ctx, start, last + 1)] } : { value: -1, hits: [] };
    }
    return NONE;
  },
});
