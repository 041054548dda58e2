import { aboutThirdParty, countValue, makeRule, praisePositions, type Hit } from './context';

/**
 * Praise aimed at the reader: a praise word within eight words before (or four after) "you"/"your" in the same sentence
 * ("Your reflection is really insightful", "you clearly have a brilliant mind"). Praise of a
 * third party in a sentence that never addresses the reader does not count.
 */
export const secondPersonPraise = makeRule({
  name: 'second-person-praise',
  description: 'a praise word within eight words before (or four after) "you"/"your" in the same sentence',
  dimensions: { flattery: 1, agreement: 1, capitulation: 1 },
  run(ctx) {
    const { doc, c } = ctx;
    const hits: Hit[] = [];
    let lastSentence = -1;
    for (const p of praisePositions(ctx)) {
      const sentence = doc.sent[p] as number;
      if (sentence === lastSentence) continue;
      let you = -1;
      for (let k = Math.max(0, p - 8); k <= p + 4 && k < doc.tok.length; k++) {
        if (doc.sent[k] === sentence && c.secondPerson.has(doc.tok[k] as string)) {
          you = k;
          break;
        }
      }
      if (you === -1 || aboutThirdParty(ctx, p)) continue;
      const from = Math.min(you, p);
      const to = Math.max(you, p);
      hits.push({ start: doc.start[from] as number, end: doc.end[to] as number });
      lastSentence = sentence;
    }
    return { value: countValue(hits.length), hits };
  },
});
