import { CAT, cats, countResult, type Hit, makeRule, positionsOf, tokenIds, wordIds } from './context';

/**
 * The reader as the subject of a boosted verb: "you're really onto something", "you've clearly
 * captured", "you really nailed it". A booster between "you" and the verb is how a reply cheers
 * the user on without a praise adjective. Not before a verb of trouble or self-doubt: "you're
 * seriously overdosing on caffeine", "you're really overthinking it" stress a warning.
 */
export const boostedYou = makeRule({
  name: 'boosted-you',
  description: '"you (are/have)" + a booster + a verb ("you are really pushing…", "you have clearly captured…")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const c = cats(ctx);
    const { intensifier, negator, secondPerson, selfDoubt } = CAT;
    const { grammar, nonVerbBoosters, troubleVerbs } = ctx.lang.lexicon;
    const [you] = wordIds(ctx, grammar.reader);
    const be = wordIds(ctx, grammar.readerAuxiliaries);
    const notBoosters = wordIds(ctx, nonVerbBoosters);
    const troubles = wordIds(ctx, troubleVerbs);
    const hits: Hit[] = [];
    // "you" is a second-person word: only those tokens are read.
    for (const i of positionsOf(ctx, secondPerson)) {
      if (i + 2 >= ids.length) break;
      if (ids[i] !== you) continue;
      let k = i + 1;
      if (be.includes(ids[k] as number)) k++;
      if (k + 1 >= ids.length || doc.sent[k + 1] !== doc.sent[i]) continue;
      if (!((c[k] as number) & intensifier) || notBoosters.includes(ids[k] as number)) continue;
      if ((c[k + 1] as number) & (negator | selfDoubt) || troubles.includes(ids[k + 1] as number)) continue;
      hits.push({ start: doc.start[i] as number, end: doc.end[k + 1] as number });
    }
    return countResult(hits);
  },
});
