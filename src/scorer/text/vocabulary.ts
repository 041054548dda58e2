// Word ids. Every word that a language pack's lists name (word classes, phrases, the fitted
// lexicons) gets a small integer once, when the pack is compiled; each token of a reply is then
// looked up once, and every rule, the phrase matcher and the lexicon compare integers instead of
// hashing the same token string again.
import type { Doc } from './doc';
import { WordIndex } from './word-index';

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /**
   * Built on first use, once the pack has interned its words, so that loading a pack is only Map
   * insertions (cheap before V8 has compiled anything; hashing each word in JS made it optimise
   * the interning code on every page load).
   */
  private index: WordIndex | undefined;

  /**
   * A vocabulary that gives `words` (distinct) the ids 1, 2, 3… in order (as `words()` lists them).
   * Set in one loop rather than through `intern`: a pack load's ≈ 1,500 calls to it had V8 optimise
   * it (`--trace-opt`: TurboFan, ≈ 2 ms of CPU on a compiler thread) during every cold start.
   */
  constructor(words: readonly string[] = []) {
    for (let i = 0; i < words.length; i++) this.ids.set(words[i] as string, i + 1);
    if (this.ids.size !== words.length) throw new Error('A vocabulary is made from distinct words');
  }

  /** The word's id (≥ 1), adding the word if it is new. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(word, id);
    }
    return id;
  }

  /** The largest id given out. */
  get size(): number {
    return this.ids.size;
  }

  /** Every word, in id order. */
  words(): string[] {
    return [...this.ids.keys()];
  }

  /** The word's id, or 0 when no list names it. */
  idOf(word: string): number {
    return this.ids.get(word) ?? 0;
  }

  /** The words by id, indexed to be found from a range of a text (text/word-index.ts). */
  wordIndex(): WordIndex {
    if (this.index === undefined || this.index.size !== this.ids.size) this.index = new WordIndex(this.words());
    return this.index;
  }

  /** The id of every token of `doc` (0 for words no list names): the tokeniser's, when it was given this vocabulary. */
  tokenIds(doc: Doc): Int32Array {
    if (doc.vocab === this && doc.vocabSize === this.size) return doc.ids;
    return Int32Array.from(doc.tok, (t) => this.idOf(t));
  }
}
