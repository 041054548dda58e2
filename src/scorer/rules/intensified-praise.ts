import { CAT, cats, countResult, type Hit, makeRule, praisePositions, tokenIds, wordIds } from './context';

const ARTICLES = ['a', 'an'];

/** A booster right before a praise word ("truly remarkable", "absolutely brilliant", "so insightful"). */
export const intensifiedPraise = makeRule({
  name: 'intensified-praise',
  description: 'a booster ("really", "truly", "so") right before a praise word',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const ids = tokenIds(ctx);
    const { intensifier } = CAT;
    const [a, an] = wordIds(ctx, ARTICLES);
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      let k = p - 1;
      if (k >= 0 && (ids[k] === a || ids[k] === an)) k--;
      if (k >= 0 && doc.sent[k] === doc.sent[p] && (c[k] as number) & intensifier) {
        hits.push({ start: doc.start[k] as number, end: doc.end[p] as number });
      }
    }
    return countResult(hits);
  },
});
