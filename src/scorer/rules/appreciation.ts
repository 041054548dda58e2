// Warmth aimed at the reader in so many words: "I really appreciate how you…", "thank you for
// sharing", "you have a gift for…", "keep exploring!". The pack's appreciation phrases, less the
// ones that only look warm: advice inside a condition, a cheer that describes what someone does,
// and the polite opening of a reply that then holds its ground.
import type { PhraseMatch } from '../text/phrases';
import { CONDITION_REACH, conditionBefore, countResult, hitsOf, isContentWord, makeRule, setOffFromPrevious, tokenIds, unnegatedPhrases, wordIds, type Context } from './context';
import { acknowledgedThenHeld } from './heard-then-held';

/**
 * The pack's appreciation phrases that express warmth: not negated, not inside a condition ("if
 * you have strong evidence", "once you have real access patterns": that advises), not a cheer
 * that only describes what someone does ("because you keep pushing": see `describesDoing`), and
 * not the acknowledgement of a reply that then holds its ground ("I respect your view, but…":
 * heard-then-held.ts). Read by `appreciation` and `opening-praise`.
 */
export function appreciationMatches(ctx: Context): PhraseMatch[] {
  const all = unnegatedPhrases(ctx, 'appreciation');
  // Most replies have none: then nothing else is looked up or allocated.
  if (all.length === 0) return all;
  const ids = tokenIds(ctx);
  const openers = wordIds(ctx, ctx.lang.lexicon.grammar.conditionalOpeners);
  return all.filter((m) => !conditionBefore(ctx, ids, m.from, CONDITION_REACH, openers) && !describesDoing(ctx, ids, m) && !acknowledgedThenHeld(ctx, m));
}

/**
 * Does a cheer ("keep exploring", the pack's cheerVerbs) follow the reader, the infinitive marker
 * or a noun in its clause ("because you keep pushing", "a way to keep exploring")? Then it says
 * what someone does; a cheer is an imperative or an invitation ("Keep going!", "let's keep…").
 */
function describesDoing(ctx: Context, ids: Int32Array, m: PhraseMatch): boolean {
  const { doc } = ctx;
  const k = m.from - 1;
  if (!wordIds(ctx, ctx.lang.lexicon.cheerVerbs).includes(ids[m.from] as number) || k < 0 || doc.sent[k] !== doc.sent[m.from] || setOffFromPrevious(doc, m.from)) return false;
  const { reader, infinitiveMarker } = ctx.lang.lexicon.grammar;
  const before = ids[k] as number;
  return before === wordIds(ctx, reader)[0] || before === wordIds(ctx, infinitiveMarker)[0] || isContentWord(ctx, doc.word(k), before);
}

/** "I really appreciate how you…", "thank you for sharing", "you have a gift for…". */
export const appreciation = makeRule({
  name: 'appreciation',
  description: 'first-person warmth aimed at the reader ("I appreciate how you…", "thank you for sharing")',
  dimensions: { flattery: 1, agreement: 1 },
  run(ctx) {
    return countResult(hitsOf(ctx, appreciationMatches(ctx)));
  },
});
