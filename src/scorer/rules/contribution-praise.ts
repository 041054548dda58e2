import { aboutThirdParty, CAT, cats, countResult, type Hit, makeRule, praisePositions } from './context';

/**
 * Praise of something the user contributed: a praise word followed within two words by a
 * contribution noun ("great question", "fascinating idea", "really insightful observation").
 */
export const contributionPraise = makeRule({
  name: 'contribution-praise',
  description: 'a praise word right before a contribution noun ("great question", "brilliant insight")',
  dimensions: { flattery: 1, agreement: 1, capitulation: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const { contribution } = CAT;
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      for (let k = p + 1; k <= p + 2 && k < doc.count; k++) {
        if (doc.sent[k] !== doc.sent[p]) break;
        if ((c[k] as number) & contribution) {
          if (!aboutThirdParty(ctx, p)) hits.push({ start: doc.start[p] as number, end: doc.end[k] as number });
          break;
        }
      }
    }
    return countResult(hits);
  },
});
