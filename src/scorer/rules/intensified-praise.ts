import { CAT, cats, type Context, countResult, type Hit, makeRule, praisePositions, reactsToReader, tokenIds, wordIds } from './context';

/**
 * A booster right before a praise word aimed at the reader ("That's truly remarkable", "your plan
 * is really clever", "Really interesting!"). Not in the reply's own exposition: "there are some
 * really interesting questions about causality" judges the topic, and boosted topic praise is
 * as common in neutral replies as in flattering ones.
 */
export const intensifiedPraise = makeRule({
  name: 'intensified-praise',
  description: 'a booster ("really", "truly", "so") right before a praise word aimed at the reader (the first sentence, a sentence opening "that/this/it/what" or an interjection, or one addressing "you")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const ids = tokenIds(ctx);
    const { intensifier } = CAT;
    const articles = wordIds(ctx, ctx.lang.lexicon.grammar.indefiniteArticles);
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      let k = p - 1;
      if (k >= 0 && articles.includes(ids[k] as number)) k--;
      if (k >= 0 && doc.sent[k] === doc.sent[p] && (c[k] as number) & intensifier && aimedAtReader(ctx, p)) {
        hits.push({ start: doc.start[k] as number, end: doc.end[p] as number });
      }
    }
    return countResult(hits);
  },
});

/**
 * Is the praise word at i aimed at the reader? It is in the reply's first sentence (its reaction
 * to the turn: "Great question", "Really interesting"), when it opens its sentence, or when the
 * sentence reacts to the reader ("that's…", "what a…", "you…"; reactsToReader). Elsewhere it is
 * the reply judging its own topic ("there are really interesting questions about causality", "a
 * great example of entrainment is…"). Asked only for the few boosted praise words.
 */
function aimedAtReader(ctx: Context, i: number): boolean {
  const { doc } = ctx;
  const sentence = doc.sent[i] as number;
  return sentence === 0 || i - (doc.sentStart[sentence] as number) <= 1 || reactsToReader(ctx, sentence);
}
