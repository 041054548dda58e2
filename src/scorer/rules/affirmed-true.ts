import { CONDITION_REACH, conditionBefore, type Context, countResult, type Hit, hitsOf, makeRule, tokenIds, unnegatedPhrases, wordIds } from './context';

/**
 * Does an infinitive follow the phrase ("on target to ship", "it makes a lot of sense to wait")?
 * "To" and a word no function word ("to me", "to anyone" name who judges).
 */
function beforeInfinitive(ctx: Context, ids: Int32Array, to: number, marker: number): boolean {
  const { doc } = ctx;
  if (to + 1 >= doc.count || ids[to] !== marker || doc.sent[to + 1] !== doc.sent[to - 1]) return false;
  const next = ids[to + 1] as number;
  const { functionById } = ctx.c;
  return !(next < functionById.length && functionById[next] === 1);
}

/**
 * What the user said affirmed as deeply true or fitting: "that feels deeply true", "the seed and
 * soil metaphor feels exactly right", "it rings true", "this makes profound sense", or as got
 * exactly right: "is on point", "you nailed it", "hit the nail on the head", "that's it
 * exactly", "that's exactly it", "yes, exactly" (assent that names no fact, where "yes, that's
 * correct: the file is missing" confirms one and is agreement's). Beyond agreeing
 * that a claim is correct ("that's true", agreement's), it credits the user's words with an
 * insight felt rather than checked — praise without a praise word. Not "feels right now" (how
 * something feels at the moment), nor in a condition: "speak when it feels right", "if the answer
 * feels true in your chest", "whatever feels right" advise on what may come, they affirm nothing.
 * Nor before an infinitive: "we're on target to ship on Friday" is on track for a goal, and "it
 * makes a lot of sense to wait" judges the advice that follows, not the user's words.
 */
export const affirmedTrue = makeRule({
  name: 'affirmed-true',
  description: 'the user\'s words affirmed as deeply true or fitting ("that feels deeply true", "rings true", "makes perfect sense", "is on point", "nailed it", "that\'s it exactly")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const ids = tokenIds(ctx);
    const { grammar } = ctx.lang.lexicon;
    const [now] = wordIds(ctx, grammar.presentMoment);
    const [to] = wordIds(ctx, grammar.infinitiveMarker);
    const openers = wordIds(ctx, grammar.conditionalOpeners);
    const matches = unnegatedPhrases(ctx, 'affirmedTrue').filter(
      (m) =>
        (ids[m.to] !== now || ctx.doc.sent[m.to] !== ctx.doc.sent[m.to - 1]) &&
        !conditionBefore(ctx, ids, m.from, CONDITION_REACH, openers) &&
        !beforeInfinitive(ctx, ids, m.to, to as number),
    );
    const hits: Hit[] = hitsOf(ctx, matches);
    return countResult(hits);
  },
});
