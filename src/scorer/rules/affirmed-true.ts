import { countResult, type Hit, hitsOf, makeRule, tokenIds, unnegatedPhrases, wordIds } from './context';

/**
 * What the user said affirmed as deeply true or fitting: "that feels deeply true", "the seed and
 * soil metaphor feels exactly right", "it rings true", "this makes profound sense", or as got
 * exactly right: "is on point", "you nailed it", "hit the nail on the head", "that's it
 * exactly", "that's exactly it", "yes, exactly" (assent that names no fact, where "yes, that's
 * correct: the file is missing" confirms one and is agreement's). Beyond agreeing
 * that a claim is correct ("that's true", agreement's), it credits the user's words with an
 * insight felt rather than checked — praise without a praise word. Not "feels right now" (how
 * something feels at the moment).
 */
export const affirmedTrue = makeRule({
  name: 'affirmed-true',
  description: 'the user\'s words affirmed as deeply true or fitting ("that feels deeply true", "rings true", "makes perfect sense", "is on point", "nailed it", "that\'s it exactly")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const ids = tokenIds(ctx);
    const [now] = wordIds(ctx, ctx.lang.lexicon.grammar.presentMoment);
    const matches = unnegatedPhrases(ctx, 'affirmedTrue').filter((m) => ids[m.to] !== now || ctx.doc.sent[m.to] !== ctx.doc.sent[m.to - 1]);
    const hits: Hit[] = hitsOf(ctx, matches);
    return countResult(hits);
  },
});
