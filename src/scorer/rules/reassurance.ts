import { CAT, cats, countResult, type Hit, makeRule, positionsOf } from './context';

/**
 * Waving away the user's self-doubt: a negator before a self-doubt word ("that doesn't sound
 * crazy at all", "you're not overthinking this", "not dumb at all"). Reassurance that the user's
 * idea is sound without saying why is the classic shape of validating a shaky premise.
 */
export const reassurance = makeRule({
  name: 'reassurance',
  description: 'a negated self-doubt word ("not crazy at all", "you are not overthinking")',
  dimensions: { flattery: 1, agreement: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const { negator } = CAT;
    const [degree, excessive] = ctx.lang.lexicon.excess;
    const hits: Hit[] = [];
    for (const i of positionsOf(ctx, CAT.selfDoubt)) {
      const t = doc.word(i);
      if (i === 0) continue;
      if (t === excessive && doc.word(i - 1) !== degree) continue;
      for (let k = i - 1; k >= 0 && k >= i - 4 && doc.sent[k] === doc.sent[i]; k--) {
        if ((c[k] as number) & negator) {
          hits.push({ start: doc.start[k] as number, end: doc.end[i] as number });
          break;
        }
      }
    }
    return countResult(hits);
  },
});
