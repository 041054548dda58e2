// Masks the parts of a reply that are not the assistant's own words: fenced code, inline code,
// block quotes and quoted text. Masked characters become spaces (newlines stay), so every offset
// in the masked string is still an offset into the reply. Single pass over the lines: linear time.

/** Returns the reply lower-cased, with curly quotes and odd spaces normalised and non-prose masked. */
export function normalise(text: string): string {
  let lower = text.toLowerCase();
  // A few characters change length when lower-cased (e.g. "İ"); keep offsets by mapping per char.
  if (lower.length !== text.length) lower = lowerPerChar(text);
  return lower
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ');
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

/** Finds fenced code, block quotes, inline code and double-quoted text in `norm` (see normalise). */
export function findMasked(norm: string, original: string): Ranges {
  const ranges: Ranges = [];
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
    if (fence) {
      ranges.push(lineStart, lineEnd);
      if (opensFence && norm.startsWith(fence, i)) fence = '';
    } else if (opensFence) {
      fence = c === 96 ? '```' : '~~~';
      ranges.push(lineStart, lineEnd);
    } else if (c === 62 /* > */ && i - lineStart <= 3) {
      ranges.push(lineStart, lineEnd);
    } else if (lineEnd > i) {
      maskInline(norm, original, i, lineEnd, ranges);
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}

// Inline code (matching backtick runs) and quotations ("…", “…”) within one line.
function maskInline(norm: string, original: string, from: number, to: number, ranges: Ranges): void {
  // Backtick runs: pair each run with the next run of the same length (CommonMark code spans).
  const runs: number[] = [];
  for (let i = norm.indexOf('`', from); i !== -1 && i < to; i = norm.indexOf('`', i)) {
    let j = i;
    while (j < to && norm.charCodeAt(j) === 96) j++;
    runs.push(i, j - i);
    i = j;
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
    const cursor = new Map<number, number>();
    let consumedTo = -1;
    for (let r = 0; r < runs.length; r += 2) {
      if (r <= consumedTo) continue;
      const len = runs[r + 1] as number;
      const list = byLength.get(len) as number[];
      let k = cursor.get(len) ?? 0;
      while (k < list.length && (list[k] as number) <= r) k++;
      cursor.set(len, k);
      if (k < list.length) {
        const close = list[k] as number;
        code.push(runs[r] as number, (runs[close] as number) + len);
        consumedTo = close;
        cursor.set(len, k + 1);
      }
    }
  }
  // Quotations outside code spans. Straight quotes pair left to right; curly quotes need an opener.
  let ci = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    while (ci < code.length && (code[ci + 1] as number) <= i) ci += 2;
    if (ci < code.length && (code[ci] as number) <= i) {
      i = (code[ci + 1] as number) - 1;
      continue;
    }
    if (norm.charCodeAt(i) !== 34) continue;
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

/** Replaces every non-newline character inside the ranges with a space. */
export function applyMask(norm: string, ranges: Ranges): string {
  if (ranges.length === 0) return norm;
  const sorted: Array<[number, number]> = [];
  for (let k = 0; k < ranges.length; k += 2) sorted.push([ranges[k] as number, ranges[k + 1] as number]);
  sorted.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of sorted) {
    const start = Math.max(s, pos);
    if (e <= start) continue;
    out += norm.slice(pos, start) + norm.slice(start, e).replace(/[^\n]/g, ' ');
    pos = e;
  }
  return out + norm.slice(pos);
}
