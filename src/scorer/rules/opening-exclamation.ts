import { isMasked, type Doc } from '../text/doc';
import { isInterjectionLength, makeRule } from './context';

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
 * instruction stressed, not a reaction. The span is the first sentence.
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
    if (end === -1 && isInterjectionLength(doc, 0) && inCapitals(doc, last) && hasInterjection(ctx.c.interjections, doc, last)) end = markAfter(doc, last, FULL_STOP);
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

/** Is one of tokens 0…last an interjection of the pack ("holy", "dude", "god")? */
function hasInterjection(interjections: ReadonlySet<string>, doc: Doc, last: number): boolean {
  for (let k = 0; k <= last; k++) if (interjections.has(doc.word(k))) return true;
  return false;
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
