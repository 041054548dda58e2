// A reply turned into tokens once, so every rule is a cheap pass over arrays. Offsets are UTF-16
// indices into the original reply; masked text (code, quotes) produces no tokens at all.
import { applyMask, findMasked, mergeRanges, normalise, type Ranges } from './mask';
import { newInt32Array } from './slab';
import type { Vocabulary } from './vocabulary';
import type { WordIndex } from './word-index';

export interface Doc {
  /** The original text. */
  text: string;
  /** Lower-cased, normalised and masked; same length as text. (Made on first read: most replies with quotes or code never need it.) */
  readonly prose: string;
  /** The masked ranges (code, quotes), merged and in order: see isMasked. */
  readonly masked: Ranges;
  /** How many tokens. */
  readonly count: number;
  /** Token k's form after contraction expansion ("you're" → "you", "are"). */
  word(k: number): string;
  /** The length of word(k), without making the word. */
  wordLength(k: number): number;
  /** The first character of word(k), and its last in the upper 16 bits, without making the word. */
  wordEdges(k: number): number;
  /** Every token's form (made on first read: a rule that reads a few tokens asks `word`). */
  readonly tok: string[];
  /** Each token's word id in `vocab` (0: not in it), looked up while tokenising; all 0 without a vocabulary. */
  ids: Int32Array;
  /** The vocabulary makeDoc was given, which `ids` refer to, and its size then (words it learns later are not in `ids`). */
  vocab: Vocabulary | undefined;
  vocabSize: number;
  start: Int32Array;
  end: Int32Array;
  /** Sentence index of each token. */
  sent: Int32Array;
  /** Index of the first token of each sentence; a sentence ends at a . ! ? or a line break. */
  sentStart: number[];
  /** Sentences (or a reply's end) closed by "!" — "Wow!!!" counts once. */
  exclamations: number;
  /** Offset of the first letter of a non-Latin script (Greek … Hangul; see lang/detect.ts), or -1. */
  firstNonLatin: number;
  /** Offset of the first character that could be part of an emoji (©, ®, U+203C and up), or -1: the emoji scan starts there, or is skipped. */
  firstEmojiCandidate: number;
}

// A token is a run of letters/digits (a-z, 0-9, U+00DF–U+024F), then any "'" + a-z run ("don't").
// Runs joined by hyphens are one token when the vocabulary names the compound ("mind-blowing").

/** Character code → 1 for the letters and digits a token is made of (the prose is already lower-cased). */
const WORD_CHARS = new Uint8Array(0x250);
for (const [from, to] of [[97, 122], [48, 57], [0xdf, 0x24f]] as const) WORD_CHARS.fill(1, from, to + 1);

function isWordChar(c: number): boolean {
  return c < 0x250 && WORD_CHARS[c] === 1;
}

function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

// Contractions whose "'s" means "is", not a possessive.
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'this']);
// Maps, not objects: an object's lookup found "constructor" on its prototype, and a reply with
// "it'constructor" or "constructorn't" made a token of a function, which threw.
const SUFFIX = new Map([['re', 'are'], ['ve', 'have'], ['ll', 'will'], ['d', 'would'], ['m', 'am']]);
const NT_STEM = new Map([['ca', 'can'], ['wo', 'will'], ['ai', 'is'], ['sha', 'shall']]);
const ABBREVIATIONS = new Set(['e', 'g', 'i', 'mr', 'mrs', 'ms', 'dr', 'vs', 'etc', 'st', 'no', 'fig', 'approx']);
/** A longer word is no abbreviation: most words before a full stop are not looked up at all. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));
/** Length → bit (first letter − "a") set for each abbreviation of that length: rules out most short words without slicing them. */
const ABBREVIATION_INITIALS = new Int32Array(LONGEST_ABBREVIATION + 1);
for (const w of ABBREVIATIONS) ABBREVIATION_INITIALS[w.length] = (ABBREVIATION_INITIALS[w.length] as number) | (1 << (w.charCodeAt(0) - 97));

/** Is norm[from, to) an abbreviation ("e.g.", "Dr.")? (A first character that is no letter reads some other bit: the set decides.) */
function isAbbreviation(norm: string, from: number, to: number): boolean {
  const length = to - from;
  if (length > LONGEST_ABBREVIATION || (((ABBREVIATION_INITIALS[length] as number) >>> (norm.charCodeAt(from) - 97)) & 1) === 0) return false;
  return ABBREVIATIONS.has(norm.slice(from, to));
}

/**
 * One hand-written pass over the characters: tokens and sentence breaks together. (A regex per
 * token plus a second look at each gap cost about twice as much.) It reads the normalised text
 * and steps over the masked ranges, which read as spaces, rather than copying the text with them
 * blanked: only the emoji scan, caps-emphasis and the script check read that copy (`prose`).
 * Given the language pack's vocabulary, each token is looked up as it is read, from a hash of its
 * characters: a token the vocabulary knows (most of them: function words, praise words…) is never
 * sliced out of the text nor hashed again, and shares the vocabulary's string.
 */
export function makeDoc(text: string, vocab?: Vocabulary, reuse?: TokenColumns): Doc {
  columns = reuse ?? scratch;
  const norm = normalise(text);
  const masked = mergeRanges(findMasked(norm, text));
  const index = vocab?.wordIndex();
  const doc = new ScannedDoc(text, norm, masked, vocab, index);
  const n = norm.length;
  tokenCount = 0;
  // The next masked range: [masked[r], masked[r + 1]). A range starts at a backtick, a quote or a
  // line's start, so no token runs into one: the scan meets its start exactly.
  let r = 0;
  let maskFrom = masked.length > 0 ? (masked[0] as number) : n;
  let sentence = -1;
  // The previous token's characters (a contraction's whole), for the abbreviation check.
  let prevStart = 0;
  let prevEnd = 0;
  // What the gap since the previous token held.
  let gapNewSentence = true;
  let gapBang = false;
  let i = 0;
  while (i < n) {
    if (i === maskFrom) {
      i = masked[r + 1] as number;
      r += 2;
      maskFrom = r < masked.length ? (masked[r] as number) : n;
      continue;
    }
    const c = norm.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c >= 0xa9) noteRareChar(doc, c, i);
      else if (c === 10) gapNewSentence = true;
      else if (c === 33) {
        gapBang = true;
        gapNewSentence = true;
      } else if (c === 46 || c === 63 || c === 58 || c === 59) {
        // "." "?" and also ":" ";" end a clause when a space, "*" or ")" follows (not in "3.14").
        const next = i + 1 >= n ? 0 : i + 1 === maskFrom ? 32 : norm.charCodeAt(i + 1);
        if (i + 1 < n && (next <= 32 || next === 42 || next === 41) && !isAbbreviation(norm, prevStart, prevEnd)) gapNewSentence = true;
      }
      i++;
      continue;
    }
    const s = i;
    // The characters the word index hashes (see word-index.ts: headOf, tailOf), kept as the word
    // is read rather than read again: its second, its last and the one before that.
    let second = c;
    let last = c;
    let beforeLast = c;
    // The character after the word (0 at the end of the text).
    let after = 0;
    for (i++; i < n; i++) {
      const d = norm.charCodeAt(i);
      if (!isWordChar(d)) {
        after = d;
        break;
      }
      if (i === s + 1) second = d;
      beforeLast = last;
      last = d;
    }
    // A hyphenated compound the vocabulary names ("mind-blowing", "spot-on") is one word.
    let compoundId = 0;
    if (after === 45 && index !== undefined) {
      const end = compoundEnd(norm, i, n);
      if (end > i) {
        compoundId = index.idOfRange(norm, s, end);
        if (compoundId !== 0) i = end;
      }
    }
    let apostrophe = false;
    if (after === 39 && compoundId === 0) {
      while (i + 1 < n && norm.charCodeAt(i) === 39 && isAsciiLetter(norm.charCodeAt(i + 1))) {
        apostrophe = true;
        i += 2;
        while (i < n && isAsciiLetter(norm.charCodeAt(i))) i++;
      }
    }
    if (gapBang && sentence !== -1) doc.exclamations++;
    if (gapNewSentence) {
      sentence++;
      doc.sentStart.push(tokenCount);
    }
    if (apostrophe) pushContraction(doc, norm, s, i, sentence, index);
    else if (compoundId !== 0) addToken(compoundId, s, i, sentence);
    else addToken(index === undefined ? 0 : index.idOfWord(norm, s, i, c | (second << 16), last | (beforeLast << 16)), s, i, sentence);
    prevStart = s;
    prevEnd = i;
    gapNewSentence = false;
    gapBang = false;
  }
  if (gapBang && sentence !== -1) doc.exclamations++;
  const count = tokenCount;
  doc.count = count;
  // One named store per column: a loop over the column names stored them by computed key, slower.
  const out = reuse === undefined ? copyOut : inPlace;
  doc.ids = out(columns.ids, count);
  doc.start = out(columns.start, count);
  doc.end = out(columns.end, count);
  doc.sent = out(columns.sent, count);
  return doc;
}

/**
 * Where the hyphenated words that follow a word ending at `from` end ("-blowing", "-size-fits-all"),
 * or `from` when no word follows its hyphen. Not before an apostrophe: "x-y's" stays two words and
 * a contraction.
 */
function compoundEnd(norm: string, from: number, n: number): number {
  let end = from;
  while (end + 1 < n && norm.charCodeAt(end) === 45 && isWordChar(norm.charCodeAt(end + 1))) {
    end += 2;
    while (end < n && isWordChar(norm.charCodeAt(end))) end++;
  }
  return end < n && norm.charCodeAt(end) === 39 ? from : end;
}

/** The first `count` values of a column, read in place. */
function inPlace(column: Int32Array<ArrayBuffer>, count: number): Int32Array<ArrayBuffer> {
  return new Int32Array(column.buffer, 0, count);
}

/** The first `count` values of a reused column, in an array of the doc's own. */
function copyOut(column: Int32Array, count: number): Int32Array<ArrayBuffer> {
  const copy = newInt32Array(count);
  copy.set(column.subarray(0, count));
  return copy;
}

const NO_TOKENS = new Int32Array(0);

/**
 * A Doc whose masked text is made on first read. (A class, so every doc shares one shape: a getter
 * in an object literal is a new function per doc, and gave each doc a shape of its own.)
 */
class ScannedDoc implements Doc {
  count = 0;
  ids = NO_TOKENS;
  vocabSize: number;
  start = NO_TOKENS;
  end = NO_TOKENS;
  sent = NO_TOKENS;
  sentStart: number[] = [];
  exclamations = 0;
  firstNonLatin = -1;
  firstEmojiCandidate = -1;
  /** Forms of the tokens that are neither a word of the vocabulary nor a slice of the text: contraction parts the vocabulary lacks ("dog's" → "dog"). */
  irregular: Map<number, string> | undefined = undefined;
  private maskedText: string | undefined;
  private words: string[] | undefined;

  constructor(
    readonly text: string,
    private readonly norm: string,
    readonly masked: Ranges,
    readonly vocab: Vocabulary | undefined,
    /** The vocabulary's words by id, as the tokeniser looked them up. */
    private readonly index: WordIndex | undefined,
  ) {
    this.vocabSize = vocab?.size ?? 0;
  }

  get prose(): string {
    return (this.maskedText ??= this.masked.length === 0 ? this.norm : applyMask(this.norm, this.masked));
  }

  word(k: number): string {
    const id = this.ids[k] as number;
    if (id !== 0) return (this.index as WordIndex).word(id);
    return this.irregular?.get(k) ?? this.norm.slice(this.start[k], this.end[k]);
  }

  wordLength(k: number): number {
    const id = this.ids[k] as number;
    if (id !== 0) return (this.index as WordIndex).word(id).length;
    return this.irregular?.get(k)?.length ?? (this.end[k] as number) - (this.start[k] as number);
  }

  wordEdges(k: number): number {
    const id = this.ids[k] as number;
    const word = id !== 0 ? (this.index as WordIndex).word(id) : this.irregular?.get(k);
    if (word !== undefined) return word.charCodeAt(0) | (word.charCodeAt(word.length - 1) << 16);
    return this.norm.charCodeAt(this.start[k] as number) | (this.norm.charCodeAt((this.end[k] as number) - 1) << 16);
  }

  get tok(): string[] {
    if (this.words === undefined) {
      // Built in an array reused from doc to doc and copied out at its size: pushed into a fresh
      // array, a long reply's forms grew it a dozen times.
      const count = this.count;
      for (let k = 0; k < count; k++) forms[k] = this.word(k);
      this.words = forms.slice(0, count);
      // Let go of the reply's strings (a form sliced from the text keeps the whole text alive).
      forms.fill('', 0, count);
    }
    return this.words;
  }
}

/** Scratch for ScannedDoc.tok. */
const forms: string[] = [];

/**
 * Token columns makeDoc writes into, reused from doc to doc (makeDoc is synchronous): growing fresh
 * arrays push by push took a quarter of makeDoc. Token forms are not stored: a token is a word of
 * the vocabulary (its id says which) or a slice of the text (its offsets say where), made when a
 * rule reads it (most are never read), except for the few parts of contractions that are neither
 * (`irregular`). Slicing and storing every form cost ≈ 15% of makeDoc.
 *
 * A doc made on columns of its caller's (makeDoc's `reuse`) reads them in place: it is valid until
 * the next doc is made on them. The scorer makes each reply's doc so, since no doc outlives a
 * score: copying the columns out and the fresh memory for the copies cost ≈ 5% of makeDoc.
 */
export class TokenColumns {
  ids: Int32Array<ArrayBuffer> = new Int32Array(1024);
  start: Int32Array<ArrayBuffer> = new Int32Array(1024);
  end: Int32Array<ArrayBuffer> = new Int32Array(1024);
  sent: Int32Array<ArrayBuffer> = new Int32Array(1024);

  /** Twice the room, keeping what was written. */
  grow(): void {
    // One named store per column, as in makeDoc.
    this.ids = grown(this.ids);
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.sent = grown(this.sent);
  }
}

function grown(column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(column.length * 2);
  out.set(column);
  return out;
}

/** The columns of the doc being built: the caller's, or these (copied out at the end). */
const scratch = new TokenColumns();
let columns = scratch;
let tokenCount = 0;

/** Records what the language detector and the emoji scan need to know about non-ASCII symbols and scripts. */
function noteRareChar(doc: Doc, c: number, i: number): void {
  if (doc.firstEmojiCandidate === -1 && (c === 0xa9 || c === 0xae || c >= 0x203c)) doc.firstEmojiCandidate = i;
  if (doc.firstNonLatin === -1 && ((c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0xd7af))) doc.firstNonLatin = i;
}

/**
 * The tokens of the contraction norm[s, e): its stem (looked up from the characters, like any other
 * word), then the word its ending stands for ("n't" → "not", "'re" → "are"…).
 */
function pushContraction(doc: ScannedDoc, norm: string, s: number, e: number, sentence: number, index: WordIndex | undefined): void {
  const negated = norm.endsWith("n't", e);
  const stemEnd = negated ? e - 3 : norm.indexOf("'", s);
  const stemId = index === undefined ? 0 : index.idOfRange(norm, s, stemEnd);
  const stem = stemId !== 0 && index !== undefined ? index.word(stemId) : norm.slice(s, stemEnd);
  if (negated) {
    const irregular = NT_STEM.get(stem);
    if (irregular) addWord(doc, irregular, s, e, sentence);
    else addPart(doc, stem, stemId, s, e, sentence);
    addWord(doc, 'not', s, e, sentence);
    return;
  }
  addPart(doc, stem, stemId, s, e, sentence);
  const suffix = norm.slice(stemEnd + 1, e);
  if (suffix === 's') {
    if (S_IS.has(stem)) addWord(doc, 'is', s, e, sentence);
    else if (stem === 'let') addWord(doc, 'us', s, e, sentence);
  } else {
    const full = SUFFIX.get(suffix);
    if (full) addWord(doc, full, s, e, sentence);
  }
}

/** A contraction's part that is not a plain slice of the text ("not", "are"…), looked up here. */
function addWord(doc: ScannedDoc, word: string, s: number, e: number, sentence: number): void {
  addPart(doc, word, doc.vocab === undefined ? 0 : doc.vocab.idOf(word), s, e, sentence);
}

/** A contraction's part: its offsets are the whole contraction's, so a form the vocabulary lacks is kept. */
function addPart(doc: ScannedDoc, word: string, id: number, s: number, e: number, sentence: number): void {
  if (word === '') return;
  if (id === 0) (doc.irregular ??= new Map()).set(tokenCount, word);
  addToken(id, s, e, sentence);
}

/** The next token: its word id, its offsets and its sentence. */
function addToken(id: number, s: number, e: number, sentence: number): void {
  const k = tokenCount++;
  if (k === columns.ids.length) columns.grow();
  columns.ids[k] = id;
  columns.start[k] = s;
  columns.end[k] = e;
  columns.sent[k] = sentence;
}

/**
 * Is the character at `offset` in code or a quotation (a space in `prose`)? A binary search of the
 * ranges: rules that test a few characters need not build the masked copy of the whole text.
 */
export function isMasked(doc: Doc, offset: number): boolean {
  const ranges = doc.masked;
  // The last range starting at or before `offset` is the only one that can hold it.
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[2 * mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && offset < (ranges[2 * lo - 1] as number);
}
