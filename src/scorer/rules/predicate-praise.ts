import { aboutThirdParty, CAT, cats, coordinationStart, countResult, type Hit, makeRule, praisePositions, tokenIds, wordIds } from './context';

/**
 * A contribution judged in the predicate: "The tuning fork metaphor is perfect", "your theory is a
 * beautiful one", "the save point idea feels brilliant". A contribution noun (or "your …") up to
 * twenty words before a linking verb, then boosters and a praise word (or a praise word
 * coordinated with another: "is terrifying and beautiful", coordinationStart); or any subject when the
 * predicate is "a <praise> one". Third-party subjects ("the author's theory")
 * are excluded by the demand for a contribution noun or the reader's possessive with no name.
 */
export const predicatePraise = makeRule({
  name: 'predicate-praise',
  description: 'a contribution noun or "your …" + is/feels/seems + (boosters) + a praise word, or another word + "and" + one ("your insight is terrifying and beautiful")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const ids = tokenIds(ctx);
    const { intensifier, praise, linking, thirdPerson, contribution } = CAT;
    // Words compared by id: making the word of a token the vocabulary lacks slices the text.
    const { grammar, praiseFillers } = ctx.lang.lexicon;
    const fillers = wordIds(ctx, praiseFillers.contribution);
    const [your] = wordIds(ctx, grammar.readerPossessive);
    const [one] = wordIds(ctx, grammar.propNoun);
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      const sentence = doc.sent[p];
      const from = coordinationStart(ctx, c, ids, p);
      let k = from - 1;
      while (k >= 0 && k > from - 6 && doc.sent[k] === sentence && ((c[k] as number) & (intensifier | praise) || fillers.includes(ids[k] as number))) k--;
      if (k < 1 || doc.sent[k] !== sentence || !((c[k] as number) & linking)) continue;
      // Look back up to twenty words for the subject ("The image of the kettle … is a great one").
      let subject = -1;
      for (let s = k - 1; s >= 0 && s >= k - 20 && doc.sent[s] === sentence; s--) {
        if ((c[s] as number) & thirdPerson) break;
        if ((c[s] as number) & contribution || ids[s] === your) {
          subject = s;
          break;
        }
      }
      // "… is a great one": judging a thing the reply just named, whatever the noun.
      if (subject === -1 && doc.sent[p + 1] === sentence && ids[p + 1] === one && k > 0) subject = k - 1;
      if (subject === -1 || aboutThirdParty(ctx, p)) continue;
      hits.push({ start: doc.start[subject] as number, end: doc.end[p] as number });
    }
    return countResult(hits);
  },
});
