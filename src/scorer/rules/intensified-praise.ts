import { CAT, cats, countResult, type Hit, makeRule, praisePositions } from './context';

/** A booster right before a praise word ("truly remarkable", "absolutely brilliant", "so insightful"). */
export const intensifiedPraise = makeRule({
  name: 'intensified-praise',
  description: 'a booster ("really", "truly", "so") right before a praise word',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const { intensifier } = CAT;
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      let k = p - 1;
      if (k >= 0 && (doc.word(k) === 'a' || doc.word(k) === 'an')) k--;
      if (k >= 0 && doc.sent[k] === doc.sent[p] && (c[k] as number) & intensifier) {
        hits.push({ start: doc.start[k] as number, end: doc.end[p] as number });
      }
    }
    return countResult(hits);
  },
});
