// Word lookups without hashing the token strings again. The tokeniser (doc.ts) hashes each token
// once; a WordTable finds a word from that hash and one string compare, and every table (each
// language pack's vocabulary, the language detector's function words) reuses the same hash.
// A Map keyed by the fresh token strings made V8 hash every token once more, and that lookup was
// the largest single cost of scoring after tokenising itself.

/** The hash of an empty word: fold in each UTF-16 code unit with hashStep, then finish with hashEnd. */
export const HASH_START = 0x811c9dc5 | 0;

/** One code unit into a running hash (FNV-1a). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** A running hash as tables store it: 30 bits, so it stays a small integer in V8's arrays. */
export function hashEnd(h: number): number {
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** The hash the tokeniser computes for a token (text/doc.ts). */
export function hashWord(word: string): number {
  let h = HASH_START;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return hashEnd(h);
}

/** Is `word` the same as `text.slice(from, to)`? */
function sameChars(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** Words → positive integers, open addressing on the word hashes (0 = absent). */
export class WordTable {
  private mask = 63;
  private keys: string[] = new Array<string>(64).fill('');
  private hashes = new Int32Array(64);
  private values = new Int32Array(64);
  private count = 0;

  /** The word's value, or 0. */
  get(word: string): number {
    const hash = hashWord(word);
    const { keys, hashes, values, mask } = this;
    for (let s = hash & mask; values[s] !== 0; s = (s + 1) & mask) {
      if (hashes[s] === hash && keys[s] === word) return values[s] as number;
    }
    return 0;
  }

  /** The value of the word `text.slice(from, to)`, whose hashWord is `hash`, without making the slice; 0 if absent. */
  getRange(text: string, from: number, to: number, hash: number): number {
    const { keys, hashes, values, mask } = this;
    for (let s = hash & mask; values[s] !== 0; s = (s + 1) & mask) {
      if (hashes[s] === hash && sameChars(keys[s] as string, text, from, to)) return values[s] as number;
    }
    return 0;
  }

  /** Sets the word's value (> 0). */
  set(word: string, value: number): void {
    const hash = hashWord(word);
    const { keys, hashes, values, mask } = this;
    let s = hash & mask;
    for (; values[s] !== 0; s = (s + 1) & mask) {
      if (hashes[s] === hash && keys[s] === word) {
        values[s] = value;
        return;
      }
    }
    keys[s] = word;
    hashes[s] = hash;
    values[s] = value;
    // At most half full, so a miss (most tokens) ends after a probe or two.
    if (++this.count * 2 > mask) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.mask = this.mask * 2 + 1;
    this.keys = new Array<string>(this.mask + 1).fill('');
    this.hashes = new Int32Array(this.mask + 1);
    this.values = new Int32Array(this.mask + 1);
    this.count = 0;
    for (let s = 0; s < keys.length; s++) if (values[s] !== 0) this.set(keys[s] as string, values[s] as number);
  }
}
