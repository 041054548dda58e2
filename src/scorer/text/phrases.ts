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
    const choice = part.startsWith('(');
    // A choice cannot hold another ("(my (answer|view))?"): it would silently match something
    // else, so a pack author learns it when the pack compiles, not from a wrong score.
    const malformed = choice ? part.includes('(', 1) || !/\)\??$/.test(part) : /[()]/.test(part);
    if (malformed) throw new Error(`Phrase "${phrase}": a choice "( … )" cannot hold another, or parentheses are unbalanced; write each variant as its own phrase`);
    if (choice) {
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
 * Several phrase lists compiled into one token automaton, so one pass over the tokens serves them
 * all: the trie of every phrase, with equal subtrees merged (expanding optional slots repeats the
 * same endings many times: English keeps 670 of its trie's 20,327 nodes, and matches exactly the same).
 * Nodes are integers (0 = the root) and each node's edges are one slice of flat arrays, sorted by
 * word id: plain numbers, so a language pack can ship them precompiled (lang/<code>/precompiled.json)
 * and the content script need not build anything on a page load.
 */
export interface PhraseGraph {
  /** Node → index of its first edge; its edges end where the next node's begin (one entry more than nodes). */
  edgeStart: number[];
  /** Edge → the word id it reads (ascending within a node). */
  edgeWord: number[];
  /** Edge → the node it leads to. */
  edgeChild: number[];
  /** Node → bit i set when a phrase of list i ends there. */
  ends: number[];
}

/** A phrase graph ready to match: its arrays typed, and the root's edges indexed by word id. */
export interface MultiMatcher {
  lists: number;
  /** Word id → the node its first word leads to (0: no phrase starts with it). */
  firstById: Int32Array;
  edgeStart: Int32Array;
  edgeWord: Int32Array;
  edgeChild: Int32Array;
  ends: Int32Array;
  /**
   * Node → 128 bits, four numbers from index 4 × node: bit (id mod 128) set for the word id of each
   * of its edges. A word whose bit is clear has no edge, found without searching the edges (most
   * walks end at the first node). With 32 bits, nodes of many edges ("you", "i") passed more than
   * half the words that have none: 40% of the corpus's steps searched, for 17% that found an edge;
   * with 128, 21%.
   */
  edgeBits: Int32Array;
  /** Ids of the graph's words (shared with the rest of the language pack). */
  vocab: Vocabulary;
}

export function compileMulti(lists: ReadonlyArray<readonly string[]>, vocab = new Vocabulary()): MultiMatcher {
  return toMatcher(buildPhraseGraph(lists, vocab), lists.length, vocab);
}

/** The matcher for a graph of `lists` phrase lists whose word ids are `vocab`'s. */
export function toMatcher(graph: PhraseGraph, lists: number, vocab: Vocabulary): MultiMatcher {
  const edgeStart = new Int32Array(graph.edgeStart);
  const edgeWord = new Int32Array(graph.edgeWord);
  const edgeChild = new Int32Array(graph.edgeChild);
  const firstById = new Int32Array(vocab.size + 1);
  for (let e = edgeStart[0] as number; e < (edgeStart[1] as number); e++) firstById[edgeWord[e] as number] = edgeChild[e] as number;
  const edgeBits = new Int32Array(4 * (edgeStart.length - 1));
  for (let node = 0; node < edgeStart.length - 1; node++) {
    for (let e = edgeStart[node] as number; e < (edgeStart[node + 1] as number); e++) {
      const bit = edgeBitIndex(node, edgeWord[e] as number);
      edgeBits[bit >>> 5] = (edgeBits[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }
  return { lists, firstById, edgeStart, edgeWord, edgeChild, ends: new Int32Array(graph.ends), edgeBits, vocab };
}

/** The phrase graph of `lists`, interning their words into `vocab`. */
export function buildPhraseGraph(lists: ReadonlyArray<readonly string[]>, vocab: Vocabulary): PhraseGraph {
  // The trie: every way through a phrase's slots, walked depth-first; shared prefixes are shared nodes.
  const children: Array<Map<number, number>> = [new Map()];
  const trieEnds = [0];
  const insert = (slots: number[][][], k: number, node: number, bit: number): void => {
    if (k === slots.length) {
      if (node !== 0) trieEnds[node] = (trieEnds[node] as number) | bit;
      return;
    }
    for (const option of slots[k] as number[][]) {
      let n = node;
      for (const id of option) {
        const edges = children[n] as Map<number, number>;
        let next = edges.get(id);
        if (next === undefined) {
          next = trieEnds.length;
          trieEnds.push(0);
          children.push(new Map());
          edges.set(id, next);
        }
        n = next;
      }
      insert(slots, k + 1, n, bit);
    }
  };
  lists.forEach((phrases, i) => {
    for (const phrase of phrases) insert(parseSlots(phrase).map((options) => options.map((o) => o.map((w) => vocab.intern(w)))), 0, 0, 1 << i);
  });
  // Merge equal subtrees (same end bits, same words leading to equal subtrees): a subtree's class
  // is named by its end bits and its edges to its children's classes, found leaves first.
  const sorted = children.map((edges) => [...edges].sort((a, b) => a[0] - b[0]));
  const classOf = new Int32Array(trieEnds.length);
  const classes = new Map<string, number>();
  const classify = (node: number): number => {
    let key = String(trieEnds[node]);
    for (const [word, child] of sorted[node] as Array<[number, number]>) key += ` ${word}:${classify(child)}`;
    let c = classes.get(key);
    if (c === undefined) {
      c = classes.size;
      classes.set(key, c);
    }
    classOf[node] = c;
    return c;
  };
  classify(0);
  // Number the classes as a depth-first walk from the root first reaches them (the root is 0).
  const idOfClass = new Int32Array(classes.size).fill(-1);
  const order: number[] = [];
  const reach = (node: number): void => {
    const c = classOf[node] as number;
    if (idOfClass[c] !== -1) return;
    idOfClass[c] = order.length;
    order.push(node);
    for (const [, child] of sorted[node] as Array<[number, number]>) reach(child);
  };
  reach(0);
  const graph: PhraseGraph = { edgeStart: [], edgeWord: [], edgeChild: [], ends: [] };
  for (const node of order) {
    graph.edgeStart.push(graph.edgeWord.length);
    graph.ends.push(trieEnds[node] as number);
    for (const [word, child] of sorted[node] as Array<[number, number]>) {
      graph.edgeWord.push(word);
      graph.edgeChild.push(idOfClass[classOf[child] as number] as number);
    }
  }
  graph.edgeStart.push(graph.edgeWord.length);
  return graph;
}

/** The bit of MultiMatcher.edgeBits that says whether node `node` may have an edge for word `id`. */
function edgeBitIndex(node: number, id: number): number {
  return (node << 7) | (id & 127);
}

/** The node `node`'s edge for word `id` leads to, or 0: a binary search of the node's sorted edges, unless its edge bits rule the word out. */
function child(m: MultiMatcher, node: number, id: number): number {
  const bit = edgeBitIndex(node, id);
  if ((((m.edgeBits[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) return 0;
  let lo = m.edgeStart[node] as number;
  let hi = (m.edgeStart[node + 1] as number) - 1;
  const words = m.edgeWord;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as number;
    if (w === id) return m.edgeChild[mid] as number;
    if (w < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

// Scratch for findAll, one slot per list (a list is a bit of an end mask, so at most 32): two
// typed arrays per reply cost more than the walk of a short reply.
const nextFree = new Int32Array(32);
const longest = new Int32Array(32);

/**
 * Matches of every list in one left-to-right pass; within a list, matches do not overlap and the
 * longest phrase at a position wins (the same answer findPhrases gives list by list). Each token
 * costs one binary search of a node's edges per trie level walked, and phrases are a few words long: linear time.
 * `ids` are the doc's token ids in the matcher's vocabulary.
 */
export function findAll(doc: Doc, matcher: MultiMatcher, ids: Int32Array = matcher.vocab.tokenIds(doc)): PhraseMatch[][] {
  const out: PhraseMatch[][] = [];
  for (let list = 0; list < matcher.lists; list++) out.push([]);
  // Per list: the first token a new match may start at, and where its longest phrase at this token ends.
  nextFree.fill(0, 0, matcher.lists);
  const { sent } = doc;
  const n = ids.length;
  const { firstById, ends } = matcher;
  for (let i = 0; i < n; i++) {
    const first = ids[i] as number;
    let node = first < firstById.length ? (firstById[first] as number) : 0;
    if (node === 0) continue;
    const sentence = sent[i];
    let found = 0;
    let k = i;
    while (node !== 0) {
      const end = ends[node] as number;
      found |= end;
      // Each list a phrase ends in here (a bit per list; most nodes end none).
      for (let bits = end; bits !== 0; bits &= bits - 1) longest[31 - Math.clz32(bits & -bits)] = k + 1;
      k++;
      if (k >= n || sent[k] !== sentence) break;
      node = child(matcher, node, ids[k] as number);
    }
    for (let bits = found; bits !== 0; bits &= bits - 1) {
      const list = 31 - Math.clz32(bits & -bits);
      if (i < (nextFree[list] as number)) continue;
      (out[list] as PhraseMatch[]).push({ from: i, to: longest[list] as number });
      nextFree[list] = longest[list] as number;
    }
  }
  return out;
}
