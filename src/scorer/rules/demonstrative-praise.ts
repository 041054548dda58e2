import { CAT, cats, coordinationStart, countResult, type Hit, makeRule, praisePositions, tokenIds, wordIds } from './context';

/**
 * Evaluating what the user just said: "that's beautiful", "this is incredibly coherent",
 * "it feels profound", "what a fascinating way to put it" — a demonstrative, a linking verb,
 * boosters and then a praise word, or a praise word coordinated with another ("that's so dark and
 * perfect": coordinationStart).
 */
export const demonstrativePraise = makeRule({
  name: 'demonstrative-praise',
  description: '"that/this/it" + is/feels/sounds + (boosters) + a praise word, or another word + "and" + one ("that\'s so dark and perfect")',
  dimensions: { flattery: 1, agreement: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const ids = tokenIds(ctx);
    const { intensifier, linking } = CAT;
    // Words compared by id: making the word of a token the vocabulary lacks slices the text.
    const { grammar, praiseFillers } = ctx.lang.lexicon;
    const fillers = wordIds(ctx, praiseFillers.demonstrative);
    const demonstratives = wordIds(ctx, grammar.demonstratives);
    const [it] = wordIds(ctx, grammar.neuterPronoun);
    const [what] = wordIds(ctx, grammar.exclamative);
    const impersonalNext = wordIds(ctx, grammar.extraposedClauseOpeners);
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      const from = coordinationStart(ctx, c, ids, p);
      let k = from - 1;
      while (k >= 0 && k > from - 5 && doc.sent[k] === doc.sent[p] && ((c[k] as number) & intensifier || fillers.includes(ids[k] as number))) k--;
      if (k < 0 || doc.sent[k] !== doc.sent[p]) continue;
      let subject = k;
      if ((c[k] as number) & linking) subject = k - 1;
      else if (ids[k] !== what) continue;
      if (subject < 0 || doc.sent[subject] !== doc.sent[p]) continue;
      const subjectId = ids[subject] as number;
      if (subjectId !== it && subjectId !== what && !demonstratives.includes(subjectId)) continue;
      // "It is important to note…", "it's great that…": a dummy "it" evaluates the clause that
      // follows, not what the user said (praise of the user there is second-person-praise's).
      if (subjectId === it && doc.sent[p + 1] === doc.sent[p] && impersonalNext.includes(ids[p + 1] as number)) continue;
      hits.push({ start: doc.start[subject] as number, end: doc.end[p] as number });
    }
    return countResult(hits);
  },
});
