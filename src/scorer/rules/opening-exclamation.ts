import { isMasked, type Doc } from '../text/doc';
import { CAT, cats, type Context, type Hit, isInterjectionLength, makeRule, phrases, setOffFromPrevious, tokenIds, tokenSpan } from './context';

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
 * the server.": see answersWithInstruction). The span is the first sentence. An interjection of
 * awe that opens the reply ("Holy shit, that's…", "Oh my god. You…", "Dude, you just…", "Wow -
 * that memory…") exclaims whatever its punctuation: the span is the interjection.
 */
export const openingExclamation = makeRule({
  name: 'opening-exclamation',
  description: 'the first sentence ends in "!" ("Wow!", "Yes!", "What a fascinating idea!"), is a short shout in capitals ("HOLY SHIT.", "DUDE.") or opens with an interjection of awe ("Holy shit, …", "Oh my god.")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    if (doc.count === 0) return { value: 0, hits: [] };
    const last = (doc.sentStart[1] ?? doc.count) - 1;
    let end = markAfter(doc, last, EXCLAMATION_MARK);
    if (end === -1 && isInterjectionLength(doc, 0) && inCapitals(doc, last) && hasReaction(ctx, last)) end = markAfter(doc, last, FULL_STOP);
    if (end !== -1) return { value: 1, hits: [{ start: doc.start[0] as number, end: end + 1 }] };
    const awe = openingAwe(ctx);
    return awe ? { value: 1, hits: [awe] } : { value: 0, hits: [] };
  },
});

/**
 * The interjection of awe the reply opens with, set off from what follows ("Wow, …", "Holy shit.
 * …", "Oh god - …") or making up the whole first sentence; not a word that runs on into the
 * sentence as its subject or a modifier ("God is…", "damn good code").
 */
function openingAwe(ctx: Context): Hit | undefined {
  const { doc } = ctx;
  const m = phrases(ctx, 'awe').find((p) => p.from === 0);
  if (!m) return undefined;
  return m.to >= doc.count || doc.sent[m.to] !== doc.sent[0] || setOffFromPrevious(doc, m.to) ? tokenSpan(ctx, m.from, m.to) : undefined;
}

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
