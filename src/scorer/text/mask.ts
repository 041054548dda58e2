// Masks the parts of a reply that are not the assistant's own words: fenced code, inline code,
// block quotes and quoted text. Masked characters become spaces (newlines stay), so every offset
// in the masked string is still an offset into the reply. Single pass over the lines: linear time.
import { sortInPlace } from '../sort';

/** Returns the reply lower-cased, with curly quotes and odd spaces normalised and non-prose masked. */
export function normalise(text: string): string {
  let lower = text.toLowerCase();
  // A few characters change length when lower-cased (e.g. "İ"); keep offsets by mapping per char.
  if (lower.length !== text.length) lower = lowerPerChar(text);
  // Most replies are ASCII: then only a tab can be odd.
  if (isAscii(lower)) return lower.includes('\t') ? lower.replace(ODD, ' ') : lower;
  const firstMaybeOdd = lower.search(MAY_BE_ODD);
  if (firstMaybeOdd === -1) return lower;
  // ODD need not read again what MAY_BE_ODD has passed over.
  ODD.lastIndex = firstMaybeOdd;
  if (!ODD.test(lower)) return lower;
  return lower.replace(ODD, (ch) => (APOSTROPHES.includes(ch) ? "'" : QUOTES.includes(ch) ? '"' : ' '));
}

const APOSTROPHES = '\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07';
const QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
/**
 * A tab or any character from U+00A0 up: what every ODD character is. Most replies have none, and
 * one range is a quicker scan than ODD's list (about half the time on the corpus).
 */
const MAY_BE_ODD = /[\t\u00a0-\uffff]/;
/** Curly apostrophes and quotes, and odd spaces: each maps to one ASCII character. One pass. */
const ODD = /[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

const encoder = new TextEncoder();
/** The longest text isAscii reads natively (its buffer grows to this many bytes); a longer one is left to the regex scan. */
const LONGEST_ASCII_CHECK = 1 << 16;
let utf8 = new Uint8Array(4096);

/**
 * Does the text hold only ASCII characters? (False for a text too long to check here.) Encoding it
 * to UTF-8 natively writes one byte per character exactly when it does: about a third of the time
 * of a regex scan for any character from U+00A0 up.
 */
function isAscii(text: string): boolean {
  if (text.length > LONGEST_ASCII_CHECK) return false;
  if (utf8.length < text.length) utf8 = new Uint8Array(LONGEST_ASCII_CHECK);
  const { read, written } = encoder.encodeInto(text, utf8);
  return read === text.length && written === text.length;
}

function lowerPerChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Half-open ranges [start, end) of non-prose, in order. */
export type Ranges = number[];

/** Positions of every occurrence of `ch`, found with one linear scan. */
function positions(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

/** Finds fenced code, block quotes, inline code and double-quoted text in `norm` (see normalise). */
export function findMasked(norm: string, original: string): Ranges {
  const ranges: Ranges = [];
  // Backticks and double quotes are located once for the whole text; each line then walks its
  // share through a cursor, so the cost stays linear however many lines there are.
  const ticks = positions(norm, '`');
  const quotes = positions(norm, '"');
  // Most replies hold no backtick, double quote, ">" or "~~~": nothing to mask, no line to read.
  if (ticks.length === 0 && quotes.length === 0 && !norm.includes('>') && !norm.includes('~~~')) return ranges;
  const cursor = { tick: 0, quote: 0 };
  let fence = '';
  let lineStart = 0;
  const n = norm.length;
  while (lineStart <= n) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    let i = lineStart;
    while (i < lineEnd && (norm.charCodeAt(i) === 32 || norm.charCodeAt(i) === 9)) i++;
    const c = norm.charCodeAt(i);
    const opensFence = (c === 96 || c === 126) && norm.startsWith(c === 96 ? '```' : '~~~', i);
    let prose = false;
    if (fence) {
      ranges.push(lineStart, lineEnd);
      if (opensFence && norm.startsWith(fence, i)) fence = '';
    } else if (opensFence) {
      fence = c === 96 ? '```' : '~~~';
      ranges.push(lineStart, lineEnd);
    } else if (c === 62 /* > */ && i - lineStart <= 3) {
      ranges.push(lineStart, lineEnd);
    } else if (lineEnd > i) {
      prose = true;
    }
    // Advance the cursors to this line whether or not it is prose.
    while (cursor.tick < ticks.length && (ticks[cursor.tick] as number) < lineStart) cursor.tick++;
    while (cursor.quote < quotes.length && (quotes[cursor.quote] as number) < lineStart) cursor.quote++;
    // Most lines hold neither a backtick nor a quote: nothing inline to mask.
    const inline = (ticks[cursor.tick] ?? Infinity) < lineEnd || (quotes[cursor.quote] ?? Infinity) < lineEnd;
    if (prose && inline) maskInline(norm, original, lineEnd, ticks, quotes, cursor, ranges);
    lineStart = lineEnd + 1;
  }
  return ranges;
}

// Inline code (matching backtick runs) and quotations ("…", “…”) within one line.
function maskInline(
  norm: string,
  original: string,
  to: number,
  ticks: number[],
  quotes: number[],
  cursor: { tick: number; quote: number },
  ranges: Ranges,
): void {
  // Backtick runs on this line: pair each run with the next run of the same length (CommonMark).
  const runs: number[] = [];
  while (cursor.tick < ticks.length && (ticks[cursor.tick] as number) < to) {
    const i = ticks[cursor.tick] as number;
    let j = i;
    while (j < to && norm.charCodeAt(j) === 96) j++;
    runs.push(i, j - i);
    while (cursor.tick < ticks.length && (ticks[cursor.tick] as number) < j) cursor.tick++;
  }
  const code: number[] = [];
  if (runs.length >= 4) {
    // Index runs by length so each lookup is O(1) amortised: a linear pass overall.
    const byLength = new Map<number, number[]>();
    for (let r = 0; r < runs.length; r += 2) {
      const len = runs[r + 1] as number;
      let list = byLength.get(len);
      if (!list) byLength.set(len, (list = []));
      list.push(r);
    }
    const next = new Map<number, number>();
    let consumedTo = -1;
    for (let r = 0; r < runs.length; r += 2) {
      if (r <= consumedTo) continue;
      const len = runs[r + 1] as number;
      const list = byLength.get(len) as number[];
      let k = next.get(len) ?? 0;
      while (k < list.length && (list[k] as number) <= r) k++;
      next.set(len, k);
      if (k < list.length) {
        const close = list[k] as number;
        code.push(runs[r] as number, (runs[close] as number) + len);
        consumedTo = close;
        next.set(len, k + 1);
      }
    }
  }
  // Quotations outside code spans. Straight quotes pair left to right; curly quotes need an opener.
  let ci = 0;
  let open = -1;
  while (cursor.quote < quotes.length && (quotes[cursor.quote] as number) < to) {
    const i = quotes[cursor.quote++] as number;
    while (ci < code.length && (code[ci + 1] as number) <= i) ci += 2;
    if (ci < code.length && (code[ci] as number) <= i) continue;
    const o = original.charCodeAt(i);
    if (open === -1) {
      if (o !== 0x201d && o !== 0xbb) open = i;
    } else if (o !== 0x201c && o !== 0xab) {
      ranges.push(open, i + 1);
      open = -1;
    }
  }
  for (let k = 0; k < code.length; k += 2) ranges.push(code[k] as number, code[k + 1] as number);
}

/** The ranges in text order, overlapping or touching ones merged and empty ones dropped. */
export function mergeRanges(ranges: Ranges): Ranges {
  const order: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) if ((ranges[k] as number) < (ranges[k + 1] as number)) order.push(k);
  sortInPlace(order, (a, b) => (ranges[a] as number) - (ranges[b] as number));
  const out: Ranges = [];
  for (const k of order) {
    const start = ranges[k] as number;
    const end = ranges[k + 1] as number;
    if (out.length > 0 && start <= (out[out.length - 1] as number)) out[out.length - 1] = Math.max(out[out.length - 1] as number, end);
    else out.push(start, end);
  }
  return out;
}

/** Replaces every non-newline character inside the ranges with a space. Linear, no sorting. */
export function applyMask(norm: string, ranges: Ranges): string {
  if (ranges.length === 0) return norm;
  const n = norm.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = norm.charCodeAt(i);
  for (let k = 0; k < ranges.length; k += 2) {
    const end = Math.min(n, ranges[k + 1] as number);
    for (let i = ranges[k] as number; i < end; i++) if (codes[i] !== 10) codes[i] = 32;
  }
  return decoder.decode(codes);
}

// Uint16Array is little-endian on every platform browsers and Node run on (x86, ARM).
const decoder = new TextDecoder('utf-16le');
