import { CAT, cats, countResult, type Hit, makeRule } from './context';

const BE = new Set(['are', 'have', 'were', 'had', 'will', 'would']);

/**
 * The reader as the subject of a boosted verb: "you're really onto something", "you've clearly
 * captured", "you really nailed it". A booster between "you" and the verb is how a reply cheers
 * the user on without a praise adjective.
 */
export const boostedYou = makeRule({
  name: 'boosted-you',
  description: '"you (are/have)" + a booster + a verb ("you are really pushing…", "you have clearly captured…")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const { intensifier, negator } = CAT;
    const hits: Hit[] = [];
    for (let i = 0; i + 2 < doc.tok.length; i++) {
      if (doc.tok[i] !== 'you') continue;
      let k = i + 1;
      if (BE.has(doc.tok[k] as string)) k++;
      const booster = doc.tok[k] as string;
      if (k + 1 >= doc.tok.length || doc.sent[k + 1] !== doc.sent[i]) continue;
      if (!((c[k] as number) & intensifier) || booster === 'so' || booster === 'just' || booster === 'most' || booster === 'quite') continue;
      if ((c[k + 1] as number) & negator) continue;
      hits.push({ start: doc.start[i] as number, end: doc.end[k + 1] as number });
    }
    return countResult(hits);
  },
});
