// Phrase lists compiled to token-sequence matchers. Mini-syntax, one phrase per string:
//   "you are (absolutely|completely)? right" — "(a|b)" is a choice, a trailing "?" makes a slot
//   optional, and a choice may hold a multi-word option ("(the way|how)").
// Matching walks the tokens once through one trie of all lists: linear in the text.
import type { Doc } from './doc';
import { Vocabulary } from './vocabulary';

export interface PhraseMatch {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
}

/** A phrase as slots, each with its options (word sequences; an empty option makes the slot optional). */
export function parseSlots(phrase: string): string[][][] {
  const slots: string[][][] = [];
  for (const part of phrase.match(/\([^)]*\)\??|\S+/g) ?? []) {
    if (part.startsWith('(')) {
      const optional = part.endsWith('?');
      const inner = part.slice(1, optional ? -2 : -1);
      const options = inner.split('|').map((o) => o.split(' ').filter(Boolean));
      if (optional) options.push([]);
      slots.push(options);
    } else if (part.endsWith('?') && part.length > 1) {
      slots.push([[part.slice(0, -1)], []]);
    } else {
      slots.push([[part]]);
    }
  }
  return slots;
}

/**
 * Several phrase lists compiled into one token trie, so one pass over the tokens serves them all.
 * Nodes are integers (0 = the root) and all edges below the first word live in one map keyed by
 * node · stride + word id: building it costs a few thousand map writes, not one Map per node —
 * the content script builds it on every page load.
 */
export interface MultiMatcher {
  lists: number;
  /** Word id → the node its first word leads to (0: no phrase starts with it). */
  firstById: Int32Array;
  /** node · stride + word id → child node. */
  edges: Map<number, number>;
  /** A power of two above every phrase word's id. */
  stride: number;
  /** Node → bit i set when a phrase of list i ends there. */
  ends: number[];
  /** Ids of the trie's words (shared with the rest of the language pack). */
  vocab: Vocabulary;
}

export function compileMulti(lists: ReadonlyArray<readonly string[]>, vocab = new Vocabulary()): MultiMatcher {
  // Phrases as slots of options of word ids.
  const parsed = lists.map((phrases) => phrases.map((p) => parseSlots(p).map((options) => options.map((o) => o.map((w) => vocab.intern(w))))));
  let maxId = 0;
  for (const list of parsed) for (const slots of list) for (const options of slots) for (const option of options) for (const id of option) if (id > maxId) maxId = id;
  let stride = 1;
  while (stride <= maxId) stride *= 2;
  const firstById = new Int32Array(stride);
  const edges = new Map<number, number>();
  const ends = [0];
  // Every way through a phrase's slots, walked depth-first into the trie: shared prefixes are
  // shared nodes, and no expanded word list is ever built.
  const insert = (slots: number[][][], k: number, node: number, bit: number): void => {
    if (k === slots.length) {
      if (node !== 0) ends[node] = (ends[node] as number) | bit;
      return;
    }
    for (const option of slots[k] as number[][]) {
      let n = node;
      for (const id of option) {
        const key = n * stride + id;
        let next = n === 0 ? (firstById[id] as number) : (edges.get(key) ?? 0);
        if (next === 0) {
          next = ends.length;
          ends.push(0);
          if (n === 0) firstById[id] = next;
          else edges.set(key, next);
        }
        n = next;
      }
      insert(slots, k + 1, n, bit);
    }
  };
  parsed.forEach((list, i) => {
    for (const slots of list) insert(slots, 0, 0, 1 << i);
  });
  return { lists: lists.length, firstById, edges, stride, ends, vocab };
}

/**
 * Matches of every list in one left-to-right pass; within a list, matches do not overlap and the
 * longest phrase at a position wins (the same answer findPhrases gives list by list). Each token
 * costs one map lookup per trie level walked, and phrases are a few words long: linear time.
 * `ids` are the doc's token ids in the matcher's vocabulary.
 */
export function findAll(doc: Doc, matcher: MultiMatcher, ids: Int32Array = matcher.vocab.tokenIds(doc)): PhraseMatch[][] {
  const out: PhraseMatch[][] = [];
  for (let list = 0; list < matcher.lists; list++) out.push([]);
  const nextFree = new Int32Array(matcher.lists);
  const longest = new Int32Array(matcher.lists);
  const { sent } = doc;
  const n = ids.length;
  const { firstById, edges, stride, ends } = matcher;
  for (let i = 0; i < n; i++) {
    const first = ids[i] as number;
    let node = first < stride ? (firstById[first] as number) : 0;
    if (node === 0) continue;
    const sentence = sent[i];
    let found = 0;
    let k = i;
    while (node !== 0) {
      const end = ends[node] as number;
      if (end) {
        found |= end;
        for (let list = 0; list < matcher.lists; list++) if ((end >> list) & 1) longest[list] = k + 1;
      }
      k++;
      if (k >= n || sent[k] !== sentence) break;
      const id = ids[k] as number;
      node = id < stride ? (edges.get(node * stride + id) ?? 0) : 0;
    }
    if (!found) continue;
    for (let list = 0; list < matcher.lists; list++) {
      if (!((found >> list) & 1) || i < (nextFree[list] as number)) continue;
      (out[list] as PhraseMatch[]).push({ from: i, to: longest[list] as number });
      nextFree[list] = longest[list] as number;
    }
  }
  return out;
}
