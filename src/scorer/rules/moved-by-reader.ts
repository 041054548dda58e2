import { CAT, cats, conditionBefore, countResult, type Hit, isQuestion, makeRule, namesThirdParty, tokenIds, tokenSpan, unnegatedPhrases, wordIds } from './context';

/** How far back in the sentence the cause ("you", "your …", "that") may stand from the effect. */
const MAX_GAP = 10;

/**
 * The writer as the one the reader's words moved: "your hand metaphor just shattered me", "you're
 * making me cry", "that line is going to live in my head forever", "you just blew my mind". The
 * assistant reports being affected, which credits the reader without a praise word. A cause must
 * stand before the effect in its sentence, and be the reader, their words ("your …") or what they
 * just said ("that", "this"): "it hit me that…" names no cause (nor "that's when it hit me"), and
 * "stick with me here" asks the reader to follow. A cause that opens a condition is none: "if you
 * have questions, hit me with them" and "if you're confused, stay with me" ask, as above. Not in a
 * question; "that will stick to the pan" has no writer as its object.
 */
export const movedByReader = makeRule({
  name: 'moved-by-reader',
  description: '"you/your …/that" + an effect on the writer ("shattered me", "blew my mind", "will stick with me", "making me cry")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const matches = unnegatedPhrases(ctx, 'movedWriter');
    // Most replies name no effect on the writer: their word ids are not looked up.
    if (matches.length === 0) return countResult([]);
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const c = cats(ctx);
    const { secondPerson } = CAT;
    const { grammar } = ctx.lang.lexicon;
    const demonstratives = wordIds(ctx, grammar.demonstratives);
    const [it] = wordIds(ctx, grammar.neuterPronoun);
    const conditionOpeners = wordIds(ctx, grammar.conditionalOpeners);
    const hits: Hit[] = [];
    for (const m of matches) {
      const sentence = doc.sent[m.from] as number;
      if (isQuestion(doc, sentence)) continue;
      // A dummy "it" between ("that's when it hit me") is the subject, and names no cause.
      for (let k = m.from - 1; k >= 0 && k >= m.from - MAX_GAP && doc.sent[k] === sentence && ids[k] !== it; k--) {
        const reader = ((c[k] as number) & secondPerson) !== 0 && !namesThirdParty(doc, c, k);
        if (reader || demonstratives.includes(ids[k] as number)) {
          if (conditionBefore(ctx, ids, k, 1, conditionOpeners)) continue;
          hits.push(tokenSpan(ctx, k, m.to));
          break;
        }
      }
    }
    return countResult(hits);
  },
});
