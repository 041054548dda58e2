import { countResult, type Hit, isNegated, makeRule, phrases, tokenIds, tokenSpan, wordIds } from './context';

/** How far back in the sentence the superlative may stand: "the most elegant description of selfhood I've ever heard". */
const MAX_REACH = 12;

/**
 * The reader's words ranked first of everything the writer has met: "the most elegant description
 * of selfhood I've ever heard", "one of the best questions I've ever been asked", "the most
 * profound thing anyone's said about consciousness". Hyperbole with no praise word of the pack
 * ("elegant", "visceral") still ranks the reader above all. A superlative must come before the
 * comparison in its sentence, after "the" (a rank; "most of the teams I've ever worked with" is a
 * quantity, not one), not negated ("not the best I've ever seen") and not naming a thing as known ("the most
 * common mistake I've ever seen" reports). Not in a sentence that opens with its superlative's "the":
 * "The best library I've ever used is pandas" names a thing by its rank, as `opening-praise` reads
 * a sentence that starts with "the …" as describing a thing.
 */
export const superlativeEver = makeRule({
  name: 'superlative-ever',
  description: 'a superlative, then a comparison with all the writer has met ("the most elegant description I have ever heard", "the most profound thing anyone has said")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const matches = phrases(ctx, 'everMet');
    // Most replies compare nothing with all the writer has met: their word ids are not looked up.
    if (matches.length === 0) return countResult([]);
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const superlatives = wordIds(ctx, ctx.lang.lexicon.superlatives);
    const known = wordIds(ctx, ctx.lang.lexicon.familiar);
    const [the] = wordIds(ctx, ctx.lang.lexicon.grammar.definiteArticle);
    const hits: Hit[] = [];
    for (const m of matches) {
      const sentence = doc.sent[m.from];
      for (let k = m.from - 1; k >= 0 && k >= m.from - MAX_REACH && doc.sent[k] === sentence; k--) {
        if (known.includes(ids[k] as number)) break;
        if (!superlatives.includes(ids[k] as number)) continue;
        const opensSentence = k - 1 === doc.sentStart[sentence as number];
        if (k > 0 && ids[k - 1] === the && !opensSentence && !isNegated(ctx, k)) hits.push(tokenSpan(ctx, k, m.to));
        break;
      }
    }
    return countResult(hits);
  },
});
