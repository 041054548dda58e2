import { CAT, cats, contentWords, countResult, type Hit, isStopword, makeRule, praisePositions, stem, tokenIds, wordIds } from './context';

/** The char code of "g", the last letter of a gerund. */
const G = 103;
/** Most words a clause subject may hold before its linking verb. */
const MAX_SUBJECT = 14;

/**
 * A course of action the user proposed, praised as the subject of its sentence: "Using FFT on the
 * lag is a great idea", "Starting simple is smart", "Measuring the buzz with your magnetometer is
 * a brilliant idea". The sentence opens with a gerund clause (the contribution rules look for
 * nouns: "idea", "plan"), then a linking verb, boosters and a praise word; and the clause takes up
 * a content word of the user's turn, so it is the user's proposal and not the reply's own advice
 * ("Taking a break is important").
 */
export const proposalPraise = makeRule({
  name: 'proposal-praise',
  description: 'a sentence opening with a gerund clause on what the user proposed, judged by a praise word ("Using FFT on the lag is a great idea", "Starting simple is smart")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc, user } = ctx;
    if (!user) return countResult([]);
    const c = cats(ctx);
    const ids = tokenIds(ctx);
    const { intensifier, praise, linking } = CAT;
    const { grammar, praiseFillers } = ctx.lang.lexicon;
    const fillers = wordIds(ctx, praiseFillers.proposal);
    // "Regarding your test, it's intriguing": the subject is the pronoun, not the clause.
    const [it] = wordIds(ctx, grammar.neuterPronoun);
    const demonstratives = wordIds(ctx, grammar.demonstratives);
    const functionById = ctx.c.functionById;
    const hits: Hit[] = [];
    let userWords: ReadonlySet<string> | undefined;
    let lastSentence = -1;
    for (const p of praisePositions(ctx)) {
      const sentence = doc.sent[p] as number;
      if (sentence === lastSentence) continue;
      // A gerund opens the sentence: an "-ing" word of five letters or more that is not a function
      // word or stop-word ("something", "during", "thing"). Its last letter and length are read
      // without making the word.
      const first = doc.sentStart[sentence] as number;
      const id = ids[first] as number;
      if (p - first < 2 || doc.wordEdges(first) >>> 16 !== G || doc.wordLength(first) < 5 || (c[first] as number) & praise) continue;
      if ((id < functionById.length && functionById[id] === 1) || isStopword(ctx, id) || !doc.word(first).endsWith('ing')) continue;
      let k = p - 1;
      while (k >= 0 && k > p - 5 && doc.sent[k] === sentence && ((c[k] as number) & (intensifier | praise) || fillers.includes(ids[k] as number))) k--;
      if (k <= first || k - first > MAX_SUBJECT || doc.sent[k] !== sentence || !((c[k] as number) & linking) || ids[k - 1] === it || demonstratives.includes(ids[k - 1] as number)) continue;
      userWords ??= contentWords(ctx, user);
      let proposed = false;
      for (let s = first; s < k && !proposed; s++) proposed = userWords.has(stem(doc.word(s)));
      if (!proposed) continue;
      lastSentence = sentence;
      hits.push({ start: doc.start[first] as number, end: doc.end[p] as number });
    }
    return countResult(hits);
  },
});
