// A reply turned into tokens once, so every rule is a cheap pass over arrays. Offsets are UTF-16
// indices into the original reply; masked text (code, quotes) produces no tokens at all.
import { applyMask, findMasked, normalise } from './mask';

export interface Doc {
  /** The original text. */
  text: string;
  /** Lower-cased, normalised and masked; same length as text. */
  prose: string;
  /** Token forms after contraction expansion ("you're" → "you", "are"). */
  tok: string[];
  start: Int32Array;
  end: Int32Array;
  /** Sentence index of each token. */
  sent: Int32Array;
  /** Index of the first token of each sentence; a sentence ends at a . ! ? or a line break. */
  sentStart: number[];
  /** 1 when the token is the first on its line (for bullets and headings). */
  lineFirst: Uint8Array;
  /** Sentences (or a reply's end) closed by "!" — "Wow!!!" counts once. */
  exclamations: number;
}

const TOKEN = /[a-z0-9\u00df-\u024f]+(?:'[a-z]+)*/g;

// Contractions whose "'s" means "is", not a possessive.
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'this']);
const SUFFIX: Record<string, string> = { re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' };
const NT_STEM: Record<string, string> = { ca: 'can', wo: 'will', ai: 'is', sha: 'shall' };
const ABBREVIATIONS = new Set(['e', 'g', 'i', 'mr', 'mrs', 'ms', 'dr', 'vs', 'etc', 'st', 'no', 'fig', 'approx']);

export function makeDoc(text: string): Doc {
  const norm = normalise(text);
  const prose = applyMask(norm, findMasked(norm, text));
  // Typed arrays sized for the worst case (a token needs at least two characters per expansion
  // word, including its separator), trimmed at the end: far less garbage than growing arrays.
  const capacity = (prose.length >> 1) + 2;
  const doc: Doc = {
    text,
    prose,
    tok: [],
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    sent: new Int32Array(capacity),
    sentStart: [],
    lineFirst: new Uint8Array(capacity),
    exclamations: 0,
  };
  let sentence = -1;
  let prevEnd = 0;
  let prevWord = '';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(prose); m !== null; m = TOKEN.exec(prose)) {
    const word = m[0];
    const s = m.index;
    const e = s + word.length;
    // Look at the gap since the previous token for sentence and line breaks.
    let newSentence = sentence === -1;
    let newLine = sentence === -1;
    let exclaimed = false;
    for (let i = prevEnd; i < s; i++) {
      const c = prose.charCodeAt(i);
      if (c === 10) {
        newSentence = true;
        newLine = true;
      } else if (c === 33) {
        exclaimed = sentence !== -1;
        newSentence = true;
      } else if ((c === 46 || c === 63 || c === 58 || c === 59) && !ABBREVIATIONS.has(prevWord)) {
        // "." "?" and also ":" ";" end a clause when a space, "*" or ")" follows (not in "3.14").
        if (i + 1 < s && (prose.charCodeAt(i + 1) <= 32 || prose.charCodeAt(i + 1) === 42 || prose.charCodeAt(i + 1) === 41)) newSentence = true;
      }
    }
    if (exclaimed) doc.exclamations++;
    if (newSentence) {
      sentence++;
      doc.sentStart.push(doc.tok.length);
    }
    push(doc, word, s, e, sentence, newLine);
    prevEnd = e;
    prevWord = word;
  }
  if (sentence !== -1 && prose.indexOf('!', prevEnd) !== -1) doc.exclamations++;
  const n = doc.tok.length;
  doc.start = doc.start.subarray(0, n);
  doc.end = doc.end.subarray(0, n);
  doc.sent = doc.sent.subarray(0, n);
  doc.lineFirst = doc.lineFirst.subarray(0, n);
  return doc;
}

function push(doc: Doc, word: string, s: number, e: number, sentence: number, lineFirst: boolean): void {
  const apos = word.indexOf("'");
  if (apos === -1) {
    add(doc, word, s, e, sentence, lineFirst);
    return;
  }
  if (word.endsWith("n't")) {
    const stem = word.slice(0, -3);
    add(doc, NT_STEM[stem] ?? stem, s, e, sentence, lineFirst);
    add(doc, 'not', s, e, sentence, false);
    return;
  }
  const stem = word.slice(0, apos);
  const suffix = word.slice(apos + 1);
  add(doc, stem, s, e, sentence, lineFirst);
  if (suffix === 's') {
    if (S_IS.has(stem)) add(doc, 'is', s, e, sentence, false);
    else if (stem === 'let') add(doc, 'us', s, e, sentence, false);
  } else {
    const full = SUFFIX[suffix];
    if (full) add(doc, full, s, e, sentence, false);
  }
}

function add(doc: Doc, word: string, s: number, e: number, sentence: number, lineFirst: boolean): void {
  if (word === '') return;
  const i = doc.tok.length;
  if (i >= doc.start.length) grow(doc);
  doc.tok.push(word);
  doc.start[i] = s;
  doc.end[i] = e;
  doc.sent[i] = sentence;
  doc.lineFirst[i] = lineFirst ? 1 : 0;
}

/** Never needed for real text (see capacity), but keeps odd input safe. */
function grow(doc: Doc): void {
  const size = doc.start.length * 2 + 16;
  const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  doc.start = copy(doc.start, (n) => new Int32Array(n));
  doc.end = copy(doc.end, (n) => new Int32Array(n));
  doc.sent = copy(doc.sent, (n) => new Int32Array(n));
  doc.lineFirst = copy(doc.lineFirst, (n) => new Uint8Array(n));
}

/** Token index range [from, to) of sentence `s`. */
export function sentenceRange(doc: Doc, s: number): [number, number] {
  const from = doc.sentStart[s] ?? doc.tok.length;
  const to = doc.sentStart[s + 1] ?? doc.tok.length;
  return [from, to];
}
