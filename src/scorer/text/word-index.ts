// Finding a token's word id straight from the characters the tokeniser read, without slicing the
// token out of the text: a hash of the range in constant time (its length and first and last two
// characters) picks a slot of an open-addressing table, and a character compare confirms the word.
// Slicing every token and looking it up in a Map made V8 hash every token string, the largest
// cost of scoring after tokenising itself.

/** A hash of `text.slice(from, to)`: its length and its first and last two UTF-16 code units, mixed. */
function rangeHash(text: string, from: number, to: number): number {
  const len = to - from;
  let h = Math.imul(len, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(from), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(len > 1 ? from + 1 : from), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(to - 1), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(len > 2 ? to - 2 : from), 0x165667b1);
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
   * Every word's characters, one after another: word `id`'s are chars[charStart[id - 1],
   * charStart[id]). Comparing a token with a word here costs less than `startsWith` with the
   * word's string (a call, and a load from wherever the string lives: a seventh of tokenising).
   */
  private readonly chars: Uint16Array;
  private readonly charStart: Int32Array;

  constructor(private readonly words: readonly string[]) {
    let size = 16;
    while (size < words.length * 4) size *= 2;
    const mask = size - 1;
    let idBits = 1;
    while (idBits <= words.length) idBits *= 2;
    idBits -= 1;
    const slots = new Int32Array(size);
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as string;
      const hash = rangeHash(word, 0, word.length);
      let s = hash & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = (hash & ~idBits) | (k + 1);
    }
    this.mask = mask;
    this.idBits = idBits;
    this.slots = slots;
    this.charStart = new Int32Array(words.length + 1);
    for (let k = 0; k < words.length; k++) this.charStart[k + 1] = (this.charStart[k] as number) + (words[k] as string).length;
    this.chars = new Uint16Array(this.charStart[words.length] as number);
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as string;
      for (let c = 0; c < word.length; c++) this.chars[(this.charStart[k] as number) + c] = word.charCodeAt(c);
    }
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
    const hash = rangeHash(text, from, to);
    const { slots, mask, idBits } = this;
    for (let s = hash & mask, slot = slots[s] as number; slot !== 0; s = (s + 1) & mask, slot = slots[s] as number) {
      if (((slot ^ hash) & ~idBits) === 0 && this.isWord(slot & idBits, text, from, to)) return slot & idBits;
    }
    return 0;
  }

  /** Is word `id` the same as `text.slice(from, to)`? */
  private isWord(id: number, text: string, from: number, to: number): boolean {
    const { chars, charStart } = this;
    const start = charStart[id - 1] as number;
    if ((charStart[id] as number) - start !== to - from) return false;
    for (let k = 0; k < to - from; k++) if (chars[start + k] !== text.charCodeAt(from + k)) return false;
    return true;
  }
}
