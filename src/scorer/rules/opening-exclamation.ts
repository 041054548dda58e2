import { isMasked, type Doc } from '../text/doc';
import { CAT, cats, type Context, isInterjectionLength, makeRule, phrases, tokenIds } from './context';

export const EXCLAMATION_MARK = 33;
const FULL_STOP = 46;

/**
 * The reply's first sentence ends in "!" ("Wow!", "Yes!", "What a question!", "Oh, I love
 * this!"): enthusiasm that frames the whole reply before it says anything. `exclamation` measures
 * how much of a reply exclaims; this is where: an exclaimed opening reads the same in a short and
 * a long reply, so it does not depend on how verbose a model is. A first sentence of an
 * interjection's length written in capitals, closed by a full stop and naming an interjection
 * ("HOLY SHIT.", "DUDE.", "OH MY GOD.") is shouted, which exclaims without the "!"; other words
 * in capitals ("WARNING.", "NOTE.", "WRITE IT EXACTLY LIKE THAT.") are a label, a warning or an
 * instruction stressed, not a reaction; so is assent shouted before an instruction ("YES. Restart
 * the server.": see answersWithInstruction). The span is the first sentence.
 */
export const openingExclamation = makeRule({
  name: 'opening-exclamation',
  description: 'the first sentence ends in "!" ("Wow!", "Yes!", "What a fascinating idea!") or is a short shout in capitals ("HOLY SHIT.", "DUDE.")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    if (doc.count === 0) return { value: 0, hits: [] };
    const last = (doc.sentStart[1] ?? doc.count) - 1;
    let end = markAfter(doc, last, EXCLAMATION_MARK);
    if (end === -1 && isInterjectionLength(doc, 0) && inCapitals(doc, last) && hasReaction(ctx, last)) end = markAfter(doc, last, FULL_STOP);
    return end === -1 ? { value: 0, hits: [] } : { value: 1, hits: [{ start: doc.start[0] as number, end: end + 1 }] };
  },
});

/**
 * Where the sentence whose last word is token `last` ends in `mark` (a character code): the first
 * such mark in the gap after that word, up to the next word ("!", "!!!", "!**", "! 🎉"; not one in
 * code or a quote), or −1.
 */
export function markAfter(doc: Doc, last: number, mark: number): number {
  const to = last + 1 < doc.count ? (doc.start[last + 1] as number) : doc.text.length;
  for (let i = doc.end[last] as number; i < to; i++) if (doc.text.charCodeAt(i) === mark && !isMasked(doc, i)) return i;
  return -1;
}

/** Is one of tokens 0…last an interjection of the pack ("holy", "dude", "god"), not assent that answers? */
function hasReaction(ctx: Context, last: number): boolean {
  const { doc } = ctx;
  for (let k = 0; k <= last; k++) if (ctx.c.interjections.has(doc.word(k)) && !answersWithInstruction(ctx, k)) return true;
  return false;
}

/**
 * Is token k assent (one of the pack's affirmations: "yes", "exactly") followed by an instruction?
 * Shouted without a "!", "YES. Restart the server." answers a question and says what to do: the
 * capitals stress the answer, they do not exclaim at the reader. An instruction opens with its
 * verb, so with a content word: no function word, praise word, booster, negator, "you" or
 * interjection ("YES. This is the insight", "YES. Brilliant." react).
 */
function answersWithInstruction(ctx: Context, k: number): boolean {
  const { doc } = ctx;
  const assent = phrases(ctx, 'affirmation').find((m) => m.from <= k && k < m.to);
  if (!assent || assent.to >= doc.count) return false;
  const next = assent.to;
  const id = tokenIds(ctx)[next] as number;
  const { functionById, interjections } = ctx.c;
  if ((id < functionById.length && functionById[id] === 1) || interjections.has(doc.word(next))) return false;
  return ((cats(ctx)[next] as number) & (CAT.praise | CAT.intensifier | CAT.negator | CAT.secondPerson)) === 0;
}

/**
 * Are tokens 0…last written in capitals, with three capital letters or more in all ("DUDE", "OH
 * MY GOD"; not "OK", "Wow", "I")? Fewer letters are as often an initial or a short acronym.
 */
function inCapitals(doc: Doc, last: number): boolean {
  let capitals = 0;
  for (let k = 0; k <= last; k++) {
    // The parts of a contraction share their word's offsets ("THAT'S" → that, is): read it once.
    if (k > 0 && doc.start[k] === doc.start[k - 1]) continue;
    for (let i = doc.start[k] as number; i < (doc.end[k] as number); i++) {
      const ch = doc.text.charCodeAt(i);
      if (ch >= 97 && ch <= 122) return false;
      if (ch >= 65 && ch <= 90) capitals++;
    }
  }
  return capitals >= 3;
}
