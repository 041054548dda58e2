import { CAT, cats, type Context, isContentWord, isInterjectionLength, joinsNext, makeRule, praisePositions, reactsToReader, tokenIds, wordIds } from './context';
import { appreciationMatches } from './appreciation';

/**
 * Praise in the reply's first sentence (or first two when the first is a short exclamation):
 * praise that opens a reply frames everything after it. Not a praise word in an opening sentence
 * that starts with a definite description ("The sensation of the threads pulling tighter is a
 * vivid one", "The idea that tags knot is a fascinating one"): that sentence describes a thing
 * the reply names, where an opener that frames the reply reacts to the reader ("That's
 * brilliant!", "What a great question", "You've hit on something"). Nor, for the same reason, a
 * praise word that is an attribute of a thing the sentence names, unless the sentence reacts to
 * the reader ("Deep learning needs data" against "That's a deep thought"). The praise there still
 * counts in the rules that read who or what it judges (predicate-praise, contribution-praise…).
 */
export const openingPraise = makeRule({
  name: 'opening-praise',
  description: 'a praise word or appreciation phrase in the first sentence (not in a description: a sentence that starts with "the …", or a praise word before a noun in one that does not react to the reader)',
  dimensions: { flattery: 1, agreement: 1 },
  run(ctx) {
    const { doc } = ctx;
    if (doc.count === 0) return { value: 0, hits: [] };
    const lastSentence = isInterjectionLength(doc, 0) ? 1 : 0;
    const ids = tokenIds(ctx);
    const [the] = wordIds(ctx, ctx.lang.lexicon.grammar.definiteArticle);
    let p: number | undefined;
    for (const i of praisePositions(ctx)) {
      const sentence = doc.sent[i] as number;
      if (sentence > lastSentence) break;
      if (ids[doc.sentStart[sentence] as number] !== the && !describesThing(ctx, ids, i)) {
        p = i;
        break;
      }
    }
    const a = appreciationMatches(ctx).find((m) => (doc.sent[m.from] as number) <= lastSentence);
    const i = p ?? a?.from;
    if (i === undefined) return { value: 0, hits: [] };
    return { value: 1, hits: [{ start: doc.start[i] as number, end: doc.end[a && a.from === i ? a.to - 1 : i] as number }] };
  },
});

/**
 * Is the praise word at i an attribute of a thing the sentence names, in a sentence that does not
 * react to the reader ("Deep learning needs data", "Use a strong password", "Good luck with the
 * interview")? Not before a contribution ("Great question") or a second praise word.
 */
function describesThing(ctx: Context, ids: Int32Array, i: number): boolean {
  const { doc } = ctx;
  const next = i + 1;
  if (!joinsNext(doc, i) || (cats(ctx)[next] as number) & (CAT.contribution | CAT.praise) || !isContentWord(ctx, doc.word(next), ids[next] as number)) return false;
  // A praise adverb before a word qualifies it ("a beautifully intuitive description"): no attribute.
  if (wordIds(ctx, ctx.lang.lexicon.writerManner.adverbs).includes(ids[i] as number)) return false;
  return !reactsToReader(ctx, doc.sent[i] as number);
}

/** Praise in the last sentence: a warm send-off ("Fascinating work!") is the other place flattery sits. */
export const closingPraise = makeRule({
  name: 'closing-praise',
  description: 'a praise word or appreciation phrase in the last sentence',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const last = doc.sentStart.length - 1;
    if (last < 1) return { value: 0, hits: [] };
    const positions = praisePositions(ctx);
    for (let k = positions.length - 1; k >= 0; k--) {
      const i = positions[k] as number;
      if (doc.sent[i] === last) return { value: 1, hits: [{ start: doc.start[i] as number, end: doc.end[i] as number }] };
      if ((doc.sent[i] as number) < last) break;
    }
    return { value: 0, hits: [] };
  },
});
