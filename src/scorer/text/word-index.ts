// Finding a token's word id straight from the characters the tokeniser read, without slicing the
// token out of the text: a hash of the range in constant time (its length and first and last two
// characters) picks a slot of an open-addressing table, and a character compare confirms the word.
// Slicing every token and looking it up in a Map made V8 hash every token string, the largest
// cost of scoring after tokenising itself.

/**
 * A word's first two UTF-16 code units as one number (a one-letter word repeats its first), and
 * its last two (last, then the one before it; a word of up to two letters repeats its first):
 * together every character of a word of up to four. The tokeniser has them at hand when a word
 * ends, so it need not read them again.
 */
function headOf(text: string, from: number, to: number): number {
  return text.charCodeAt(from) | (text.charCodeAt(to - from > 1 ? from + 1 : from) << 16);
}

function tailOf(text: string, from: number, to: number): number {
  return text.charCodeAt(to - 1) | (text.charCodeAt(to - from > 2 ? to - 2 : from) << 16);
}

/** A word's hash: its length, head and tail (headOf, tailOf), mixed. */
function hashOf(length: number, head: number, tail: number): number {
  let h = Math.imul(length, 0x9e3779b1);
  h = Math.imul(h ^ head, 0x85ebca6b);
  h = Math.imul(h ^ tail, 0xc2b2ae35);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** The ids 1, 2, 3… of a fixed list of distinct words, looked up by a range of a text. */
export class WordIndex {
  private readonly mask: number;
  /** The low bits of a slot that hold a word id; the rest hold those bits of the word's hash. */
  private readonly idBits: number;
  /**
   * Slot s → its word's id (0: empty) in the low bits, the high bits of the word's hash above them:
   * one number per slot, so the table (16 kB for English) stays in the nearest cache. At most a
   * quarter full: a miss, the commonest lookup, ends after a probe or two.
   */
  private readonly slots: Int32Array;
  /**
   * Word id → its head and tail (headOf, tailOf): the hash's inputs, compared as two numbers. Most
   * words are short enough that nothing else is left to compare.
   */
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  /**
   * Every word's characters, one after another (one flat string): word `id`'s are
   * chars[charStart[id - 1], charStart[id]). Comparing a token with a word here costs less than
   * `startsWith` with the word's string (a call, and a load from wherever the string lives: a
   * seventh of tokenising). A native join, not a Uint16Array filled a character at a time: the
   * constructor runs once per start, in the interpreter (≈ 0.3–0.5 ms of the first score).
   */
  private readonly chars: string;
  private readonly charStart: Int32Array;

  constructor(private readonly words: readonly string[]) {
    let size = 16;
    while (size < words.length * 4) size *= 2;
    const mask = size - 1;
    let idBits = 1;
    while (idBits <= words.length) idBits *= 2;
    idBits -= 1;
    const slots = new Int32Array(size);
    this.heads = new Int32Array(words.length + 1);
    this.tails = new Int32Array(words.length + 1);
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as string;
      // headOf and tailOf written out: called once per word (≈ 1,270 in 1.14.0), tailOf became hot
      // enough for V8 to optimise it with TurboFan in every cold start (≈ 1.3 ms of compiler CPU
      // during the first score, `--trace-opt`); hashOf stays unoptimised past 3,000 words.
      const n = word.length;
      const head = word.charCodeAt(0) | (word.charCodeAt(n > 1 ? 1 : 0) << 16);
      const tail = word.charCodeAt(n - 1) | (word.charCodeAt(n > 2 ? n - 2 : 0) << 16);
      const hash = hashOf(n, head, tail);
      let s = hash & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = (hash & ~idBits) | (k + 1);
      this.heads[k + 1] = head;
      this.tails[k + 1] = tail;
    }
    this.mask = mask;
    this.idBits = idBits;
    this.slots = slots;
    this.charStart = new Int32Array(words.length + 1);
    for (let k = 0; k < words.length; k++) this.charStart[k + 1] = (this.charStart[k] as number) + (words[k] as string).length;
    this.chars = words.join('');
  }

  /** How many words it holds. */
  get size(): number {
    return this.words.length;
  }

  /** The word with id `id` (≥ 1). */
  word(id: number): string {
    return this.words[id - 1] as string;
  }

  /** The id of the word `text.slice(from, to)`, or 0. */
  idOfRange(text: string, from: number, to: number): number {
    return this.idOfWord(text, from, to, headOf(text, from, to), tailOf(text, from, to));
  }

  /** The id of the word `text.slice(from, to)`, or 0, given its head and tail (headOf, tailOf). */
  idOfWord(text: string, from: number, to: number, head: number, tail: number): number {
    const hash = hashOf(to - from, head, tail);
    const { slots, mask, idBits } = this;
    for (let s = hash & mask, slot = slots[s] as number; slot !== 0; s = (s + 1) & mask, slot = slots[s] as number) {
      if (((slot ^ hash) & ~idBits) !== 0) continue;
      const id = slot & idBits;
      if (this.heads[id] === head && this.tails[id] === tail && this.middleMatches(id, text, from, to)) return id;
    }
    return 0;
  }

  /** Does word `id`, whose first two and last two characters match, have the length and the characters between them of `text.slice(from, to)`? */
  private middleMatches(id: number, text: string, from: number, to: number): boolean {
    const { chars, charStart } = this;
    const start = charStart[id - 1] as number;
    const length = to - from;
    if ((charStart[id] as number) - start !== length) return false;
    for (let k = 2; k < length - 2; k++) if (chars.charCodeAt(start + k) !== text.charCodeAt(from + k)) return false;
    return true;
  }
}
