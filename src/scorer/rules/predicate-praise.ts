import { aboutThirdParty, countValue, makeRule, praisePositions, type Hit } from './context';

const FILLERS = new Set(['a', 'an', 'such', 'just', 'both', 'and', 'only', 'one', 'of', 'the', 'most']);

/**
 * A contribution judged in the predicate: "The tuning fork metaphor is perfect", "your theory is a
 * beautiful one", "the save point idea feels brilliant". A contribution noun (or "your …") before
 * a linking verb, then boosters and a praise word. Third-party subjects ("the author's theory")
 * are excluded by the demand for a contribution noun or the reader's possessive with no name.
 */
export const predicatePraise = makeRule({
  name: 'predicate-praise',
  description: 'a contribution noun or "your …" + is/feels/seems + (boosters) + a praise word',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc, c } = ctx;
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      const sentence = doc.sent[p];
      let k = p - 1;
      while (k >= 0 && k > p - 6 && doc.sent[k] === sentence && (c.intensifiers.has(doc.tok[k] as string) || FILLERS.has(doc.tok[k] as string) || c.praise.has(doc.tok[k] as string))) k--;
      if (k < 1 || doc.sent[k] !== sentence || !c.linking.has(doc.tok[k] as string)) continue;
      // Look back up to eight words for the subject.
      let subject = -1;
      for (let s = k - 1; s >= 0 && s >= k - 8 && doc.sent[s] === sentence; s--) {
        const t = doc.tok[s] as string;
        if (c.thirdPerson.has(t)) break;
        if (c.contributions.has(t) || t === 'your') {
          subject = s;
          break;
        }
      }
      if (subject === -1 || aboutThirdParty(ctx, p)) continue;
      hits.push({ start: doc.start[subject] as number, end: doc.end[p] as number });
    }
    return { value: countValue(hits.length), hits };
  },
});
