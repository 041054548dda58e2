// Phrase lists compiled to token-sequence matchers. Mini-syntax, one phrase per string:
//   "you are (absolutely|completely)? right" — "(a|b)" is a choice, a trailing "?" makes a slot
//   optional, and a choice may hold a multi-word option ("(the way|how)").
// Matching walks the tokens once and looks up candidates by first word: linear in the text.
import type { Doc } from './doc';
import { Vocabulary } from './vocabulary';

export interface PhraseMatch {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
}

export interface PhraseMatcher {
  byFirst: Map<string, string[][]>;
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    for (const seq of expand(phrase)) {
      if (seq.length === 0) continue;
      const first = seq[0] as string;
      let list = byFirst.get(first);
      if (!list) byFirst.set(first, (list = []));
      list.push(seq);
    }
  }
  // Longest first, so the widest phrase wins at a position.
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

function expand(phrase: string): string[][] {
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
  let out: string[][] = [[]];
  for (const options of slots) {
    const next: string[][] = [];
    for (const prefix of out) for (const option of options) next.push([...prefix, ...option]);
    out = next;
  }
  return out;
}

/** Does the sequence match at token i, staying inside one sentence? */
export function matchAt(doc: Doc, matcher: PhraseMatcher, i: number): number {
  const list = matcher.byFirst.get(doc.tok[i] as string);
  if (!list) return 0;
  const sentence = doc.sent[i];
  outer: for (const seq of list) {
    if (i + seq.length > doc.tok.length) continue;
    for (let k = 1; k < seq.length; k++) {
      if (doc.tok[i + k] !== seq[k] || doc.sent[i + k] !== sentence) continue outer;
    }
    return seq.length;
  }
  return 0;
}

/** All non-overlapping matches, left to right, within [from, to) token indices. */
export function findPhrases(doc: Doc, matcher: PhraseMatcher, from = 0, to = doc.tok.length): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    const len = matchAt(doc, matcher, i);
    if (len > 0) {
      out.push({ from: i, to: i + len });
      i += len - 1;
    }
  }
  return out;
}

/** Several phrase lists compiled into one token trie, so one pass over the tokens serves them all. */
export interface MultiMatcher {
  lists: number;
  /** Word id → the trie node of phrases starting with that word (dense: an array read per token). */
  firstById: Array<TrieNode | undefined>;
  /** Ids of the trie's words (shared with the rest of the language pack). */
  vocab: Vocabulary;
}

interface TrieNode {
  /** Word id → next node. */
  next: Map<number, TrieNode>;
  /** Bit i set: a phrase of list i ends here. */
  ends: number;
}

export function compileMulti(lists: ReadonlyArray<readonly string[]>, vocab = new Vocabulary()): MultiMatcher {
  const root: TrieNode = { next: new Map(), ends: 0 };
  lists.forEach((phrases, list) => {
    for (const seqs of compilePhrases(phrases).byFirst.values()) {
      for (const seq of seqs) {
        let node = root;
        for (const word of seq) {
          const id = vocab.intern(word);
          let child = node.next.get(id);
          if (!child) node.next.set(id, (child = { next: new Map(), ends: 0 }));
          node = child;
        }
        node.ends |= 1 << list;
      }
    }
  });
  const firstById: Array<TrieNode | undefined> = [];
  for (const [id, node] of root.next) firstById[id] = node;
  for (let id = 0; id < firstById.length; id++) firstById[id] ??= undefined;
  return { lists: lists.length, firstById, vocab };
}

/**
 * Matches of every list in one left-to-right pass; within a list, matches do not overlap and the
 * longest phrase at a position wins (the same answer findPhrases gives list by list). Each token
 * costs one map lookup per trie level walked, and phrases are a few words long: linear time.
 * `ids` are the doc's token ids in the matcher's vocabulary.
 */
export function findAll(doc: Doc, matcher: MultiMatcher, ids: Int32Array = matcher.vocab.tokenIds(doc)): PhraseMatch[][] {
  const out: PhraseMatch[][] = Array.from({ length: matcher.lists }, () => []);
  const nextFree = new Int32Array(matcher.lists);
  const longest = new Int32Array(matcher.lists);
  const { sent } = doc;
  const n = ids.length;
  const { firstById } = matcher;
  for (let i = 0; i < n; i++) {
    const first = ids[i] as number;
    let node = first < firstById.length ? firstById[first] : undefined;
    if (!node) continue;
    const sentence = sent[i];
    let found = 0;
    let k = i;
    while (node) {
      if (node.ends) {
        found |= node.ends;
        for (let list = 0; list < matcher.lists; list++) if ((node.ends >> list) & 1) longest[list] = k + 1;
      }
      k++;
      if (k >= n || sent[k] !== sentence) break;
      node = node.next.get(ids[k] as number);
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
