import { CAT, cats, countResult, type Hit, makeRule, namesThirdParty, positionsOf, tokenIds, wordIds } from './context';
import { EXCLAMATION_MARK, markAfter } from './opening-exclamation';

/** How far after the opening "you" a verdict word makes the sentence a verdict. */
const VERDICT_REACH = 3;

/**
 * A sentence with the reader as its subject, exclaimed: "You're on a roll!", "You've hit on
 * something profound!", "Your intuition here is spot on!", "You're designing real controls that
 * could nail down the mechanism!". Enthusiasm aimed at the reader, whatever the words: the praise
 * rules need a praise word, `exclamation` counts every "!" (the reply's own "Let's try it!" too).
 * Not the first sentence, which `opening-exclamation` reads; not "your friend…"; not a verdict
 * ("You're both right!"), which is agreement.
 */
export const exclaimedAtReader = makeRule({
  name: 'exclaimed-at-reader',
  description: 'a sentence after the first that opens with "you/your" and ends in "!" ("You\'re on a roll!", "Your intuition is spot on!"; not "You\'re right!")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const ids = tokenIds(ctx);
    // A verdict ("you're right!", "you're both right!") is agreement, which the agreement rules read.
    const verdict = wordIds(ctx, ctx.lang.lexicon.verdictWords);
    const hits: Hit[] = [];
    // Only a second-person word can open such a sentence: those tokens are read, not every sentence.
    for (const from of positionsOf(ctx, CAT.secondPerson)) {
      const s = doc.sent[from] as number;
      if (s === 0 || doc.sentStart[s] !== from) continue;
      const last = (doc.sentStart[s + 1] ?? doc.count) - 1;
      if (last < from + 2 || namesThirdParty(doc, c, from)) continue;
      let k = from + 1;
      while (k <= from + VERDICT_REACH && k <= last && !verdict.includes(ids[k] as number)) k++;
      if (k <= from + VERDICT_REACH && k <= last) continue;
      const bang = markAfter(doc, last, EXCLAMATION_MARK);
      if (bang !== -1) hits.push({ start: doc.start[from] as number, end: bang + 1 });
    }
    return countResult(hits);
  },
});
