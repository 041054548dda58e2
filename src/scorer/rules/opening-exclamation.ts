import { isMasked } from '../text/doc';
import { makeRule } from './context';

/**
 * The reply's first sentence ends in "!" ("Wow!", "Yes!", "What a question!", "Oh, I love
 * this!"): enthusiasm that frames the whole reply before it says anything. `exclamation` measures
 * how much of a reply exclaims; this is where: an exclaimed opening reads the same in a short and
 * a long reply, so it does not depend on how verbose a model is. The span is the first sentence.
 */
export const openingExclamation = makeRule({
  name: 'opening-exclamation',
  description: 'the first sentence ends in "!" ("Wow!", "Yes!", "What a fascinating idea!")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    if (doc.count === 0) return { value: 0, hits: [] };
    const last = (doc.sentStart[1] ?? doc.count) - 1;
    // The gap after the sentence's last word, up to the next word: "!", "!!!", "!**", "! 🎉" (not a "!" in code or a quote).
    const to = last + 1 < doc.count ? (doc.start[last + 1] as number) : doc.text.length;
    for (let i = doc.end[last] as number; i < to; i++) {
      if (doc.text.charCodeAt(i) === 33 && !isMasked(doc, i)) return { value: 1, hits: [{ start: doc.start[0] as number, end: i + 1 }] };
    }
    return { value: 0, hits: [] };
  },
});
