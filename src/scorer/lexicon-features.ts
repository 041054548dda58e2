// The fitted lexicon: words and word pairs with a weight each, VADER-style. A word preceded by a
// negator (up to three words back, same sentence) is looked up as "not_<word>", so "not great" and
// "great" carry different weights. The fit script enumerates the keys with forEachNgram; the
// scorer looks them up with lexiconScore, which must produce exactly the same keys.
import type { Doc } from './text/doc';
import { newUint8Array } from './text/slab';
import { Vocabulary } from './text/vocabulary';

/** All digits: numbers never enter the lexicon. */
export function isNumber(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return t.length > 0;
}

/** Calls `visit(key, fromToken, toToken)` for every unigram and in-sentence bigram of the reply. */
export function forEachNgram(doc: Doc, negators: Set<string>, visit: (key: string, from: number, to: number) => void): void {
  const { tok, sent } = doc;
  let negatedUntil = -1;
  for (let i = 0; i < tok.length; i++) {
    const t = tok[i] as string;
    if (i > 0 && sent[i] !== sent[i - 1]) negatedUntil = -1;
    if (negators.has(t)) {
      negatedUntil = i + 3;
      visit(t, i, i + 1);
    } else if (!isNumber(t)) {
      visit(i <= negatedUntil ? `not_${t}` : t, i, i + 1);
    }
    if (i + 1 < tok.length && sent[i + 1] === sent[i]) {
      const u = tok[i + 1] as string;
      if (!isNumber(u) && !isNumber(t)) visit(`${t} ${u}`, i, i + 2);
    }
  }
}

/** What the lexicon holds for one word, by word id. */
interface WordEntry {
  word: string;
  negator: boolean;
  /** Index (into CompiledLexicon.keys) of the word's unigram entry and of its "not_" entry. */
  uni: number;
  not: number;
  /**
   * The bigram entries this word begins, as pairs: second word id, index of the entry. A word
   * begins a few at most, and scanning them costs less than hashing the next token's id.
   */
  next: number[] | undefined;
  /**
   * Bit (id mod 32) set for the second word id of each of those entries: a next token whose bit is
   * clear begins none, found without scanning them (most tokens after "is", "you", "a").
   */
  nextBits: number;
}

/** A lexicon compiled to word ids: per token one array read, no strings built. */
export interface CompiledLexicon {
  size: number;
  keys: string[];
  weights: number[];
  /** Word id → entry (ids from `vocab`). */
  byId: Array<WordEntry | undefined>;
  vocab: Vocabulary;
}

export function compileLexicon(entries: Record<string, number>, negators: Iterable<string>, vocab = new Vocabulary()): CompiledLexicon {
  const keys = Object.keys(entries);
  // Intern every word first, so the table is allocated once, dense (no holes: V8's fast path).
  const parts = keys.map((key) => {
    const space = key.indexOf(' ');
    if (space !== -1) return { kind: 'bigram' as const, first: vocab.intern(key.slice(0, space)), word: key.slice(0, space), second: vocab.intern(key.slice(space + 1)) };
    const word = key.startsWith('not_') ? key.slice(4) : key;
    return { kind: key === word ? ('uni' as const) : ('not' as const), first: vocab.intern(word), word, second: 0 };
  });
  const negatorIds = [...negators].map((w) => [vocab.intern(w), w] as const);
  const byId: Array<WordEntry | undefined> = new Array(vocab.size + 1).fill(undefined);
  // `next` is set on every entry, so all entries share one shape (lexiconScore reads them in its hot loop).
  const entry = (id: number, word: string): WordEntry => (byId[id] ??= { word, negator: false, uni: -1, not: -1, next: undefined, nextBits: 0 });
  for (const [id, w] of negatorIds) entry(id, w).negator = true;
  parts.forEach((p, index) => {
    const e = entry(p.first, p.word);
    if (p.kind === 'bigram') {
      (e.next ??= []).push(p.second, index);
      e.nextBits |= 1 << (p.second & 31);
    } else {
      e[p.kind] = index;
    }
  });
  return { size: keys.length, keys, weights: keys.map((k) => entries[k] as number), byId, vocab };
}

/** The index of the bigram entry in `next` (WordEntry.next) whose second word is `second`, or -1. */
function bigramIndex(next: number[], second: number): number {
  for (let k = 0; k < next.length; k += 2) if (next[k] === second) return next[k + 1] as number;
  return -1;
}

export interface LexiconHit {
  key: string;
  weight: number;
  from: number;
  to: number;
}

/**
 * Sums the weights of the lexicon entries present in the reply (each entry counts once: the models
 * ask "is this phrase there", not "how often"); given `hits`, adds the first place each one occurs.
 * (The scorer needs only the sum: lexicon entries are never shown as evidence.)
 * The keys are those forEachNgram enumerates (numbers are never interned, so never match).
 * `ids` are the doc's token ids in the lexicon's vocabulary.
 */
export function lexiconScore(doc: Doc, lexicon: CompiledLexicon, ids: Int32Array = lexicon.vocab.tokenIds(doc), hits?: LexiconHit[]): number {
  const { sent } = doc;
  const { byId, weights, keys } = lexicon;
  const seen = newUint8Array(lexicon.size);
  let sum = 0;
  // The last negator seen: it negates the next three tokens of its sentence (forEachNgram's rule,
  // asked only of tokens the lexicon holds rather than tracked at every token).
  let negator = -4;
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    const e = id < byId.length ? byId[id] : undefined;
    if (e === undefined) continue;
    let index: number;
    if (e.negator) {
      negator = i;
      index = e.uni;
    } else {
      index = i <= negator + 3 && sent[negator] === sent[i] ? e.not : e.uni;
    }
    // Each entry counts once, where it first occurs.
    if (index !== -1 && seen[index] === 0) {
      seen[index] = 1;
      sum += weights[index] as number;
      hits?.push({ key: keys[index] as string, weight: weights[index] as number, from: i, to: i + 1 });
    }
    if (e.next !== undefined && i + 1 < n && ((e.nextBits >>> ((ids[i + 1] as number) & 31)) & 1) === 1 && sent[i + 1] === sent[i]) {
      const b = bigramIndex(e.next, ids[i + 1] as number);
      if (b !== -1 && seen[b] === 0) {
        seen[b] = 1;
        sum += weights[b] as number;
        hits?.push({ key: keys[b] as string, weight: weights[b] as number, from: i, to: i + 2 });
      }
    }
  }
  return sum;
}
