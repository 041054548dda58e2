import { CAT, cats, countResult, type Hit, makeRule, positionsOf, tokenIds, wordIds } from './context';

/**
 * The reader's activity recast as something larger: "you're basically reinventing quantum field
 * theory", "you're essentially doing philosophy of science", "you're actually documenting it as
 * it happens". The adverb claims that what the user did already amounts to an achievement. Not in
 * a sentence that opens with a condition ("when", "if", "once"…): "when you chew gum, you're
 * essentially consuming…" explains what anyone doing so does.
 */
export const recastYou = makeRule({
  name: 'recast-you',
  description: '"you (are/have)" + basically/essentially/actually + a verb ("you are basically reinventing…")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const c = cats(ctx);
    const { negator } = CAT;
    const { grammar, recastAdverbs } = ctx.lang.lexicon;
    const [you] = wordIds(ctx, grammar.reader);
    const be = wordIds(ctx, grammar.readerPresentAuxiliaries);
    const recasts = wordIds(ctx, recastAdverbs);
    const conditions = wordIds(ctx, grammar.conditionalOpeners);
    const hits: Hit[] = [];
    // "you" is a second-person word: only those tokens are read.
    for (const i of positionsOf(ctx, CAT.secondPerson)) {
      if (i + 3 >= ids.length) break;
      if (ids[i] !== you || !be.includes(ids[i + 1] as number) || !recasts.includes(ids[i + 2] as number)) continue;
      if (doc.sent[i + 3] !== doc.sent[i] || (c[i + 3] as number) & negator) continue;
      const first = doc.sentStart[doc.sent[i] as number] as number;
      if (conditions.includes(ids[first] as number)) continue;
      hits.push({ start: doc.start[i] as number, end: doc.end[i + 3] as number });
    }
    return countResult(hits);
  },
});
