import { CAT, type Context, cats, countResult, type Hit, isQuestion, makeRule, setOffFromPrevious, tokenIds, tokenSpan, unnegatedPhrases, wordIds } from './context';

/** Adverbs that may stand between the reader (or its auxiliary) and the verb: "you've really just…". */
const MAX_ADVERBS = 2;

/** How far after the verb what was found is read: "just described one of the most common…". */
const OBJECT_REACH = 5;

/** Does a word that marks a thing as already known ("classic", "common") follow the verb within its object? */
function namesKnownThing(ctx: Context, ids: Int32Array, to: number, familiar: readonly number[]): boolean {
  const { doc } = ctx;
  for (let k = to; k < doc.count && k < to + OBJECT_REACH && doc.sent[k] === doc.sent[to - 1]; k++) if (familiar.includes(ids[k] as number)) return true;
  return false;
}

/**
 * Does "you" at k open a main clause? It does after a function word ("and you…"), a verb of
 * stance ("I think you…") or punctuation ("Holy crap, you…"); not after a subordinator ("what
 * you just described") or a noun it qualifies ("the image you just described").
 */
function opensClause(ctx: Context, ids: Int32Array, k: number, subordinators: readonly number[], conditions: readonly number[]): boolean {
  const { doc } = ctx;
  const before = ids[k - 1] as number;
  if (subordinators.includes(before) || conditions.includes(before)) return false;
  if (setOffFromPrevious(doc, k)) return true;
  const { functionById, stance } = ctx.c;
  return (before < functionById.length && functionById[before] === 1) || stance.verbs.has(doc.word(k - 1));
}

/**
 * The reader credited with a discovery: "you just cracked the code", "you've put your finger on
 * it", "you've hit on something", "you just connected the dots", "you just described something
 * that could…". What the user said is recast as an achievement without a praise word, so the
 * praise rules miss it. The reader must be the verb's subject: "you", then at most an auxiliary
 * ("have", "are") and a few adverbs, then the discovery verb. Not in a question ("Have you noticed
 * something?"), not when "you" opens a subordinate or relative clause ("what you just described
 * is common", "the image you just described"), not in a sentence that makes "you" anyone ("if you
 * stumble on…"). Verbs that also report count only with what marks a find ("described
 * something", "just described"): "you've described the symptoms" reports, it does not credit. A
 * chance find counts only as "something": "you've hit on one of the most common mistakes" and
 * "you stumbled on a known bug" name what the reader ran into. Nor what is named as already known,
 * whatever the verb: "you've just described the classic symptoms of a stroke" reports them, since
 * a find is new.
 */
export const discoveryCredit = makeRule({
  name: 'discovery-credit',
  description: '"you (have) (just)" + a verb of discovery ("cracked it", "hit on something", "put your finger on", "just described")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const matches = unnegatedPhrases(ctx, 'discovery');
    // Most replies name no discovery: their word ids are not looked up.
    if (matches.length === 0) return countResult([]);
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const c = cats(ctx);
    const { intensifier } = CAT;
    const { grammar, recastAdverbs, familiar } = ctx.lang.lexicon;
    const [you] = wordIds(ctx, grammar.reader);
    const auxiliaries = wordIds(ctx, grammar.readerPresentAuxiliaries);
    const adverbs = wordIds(ctx, recastAdverbs);
    const subordinators = wordIds(ctx, grammar.subordinators);
    const conditions = wordIds(ctx, grammar.conditionalOpeners);
    const known = wordIds(ctx, familiar);
    const hits: Hit[] = [];
    for (const m of matches) {
      const sentence = doc.sent[m.from] as number;
      let k = m.from - 1;
      for (let n = 0; n < MAX_ADVERBS && k >= 0 && doc.sent[k] === sentence; n++, k--) {
        if (!((c[k] as number) & intensifier) && !adverbs.includes(ids[k] as number)) break;
      }
      if (k >= 0 && auxiliaries.includes(ids[k] as number)) k--;
      if (k < 0 || doc.sent[k] !== sentence || ids[k] !== you) continue;
      if (k > 0 && doc.sent[k - 1] === sentence && !opensClause(ctx, ids, k, subordinators, conditions)) continue;
      const first = doc.sentStart[sentence] as number;
      if (conditions.includes(ids[first] as number) || isQuestion(doc, sentence) || namesKnownThing(ctx, ids, m.to, known)) continue;
      hits.push(tokenSpan(ctx, k, m.to));
    }
    return countResult(hits);
  },
});
