// Emoji padding. No labeled data exists for it, so its weights are set by hand from the
// definition (see README) rather than fitted. Emoji are counted as grapheme clusters: a ZWJ
// family, a skin-toned hand, a flag or a keycap is one emoji. Code and quotes are already masked.
import type { Doc } from '../text/doc';
import type { Hit } from './context';

/** Hand-set points per unit; the emoji score is their sum, capped at 100. */
export const EMOJI_POINTS = {
  /** Each emoji, up to 5. */
  perEmoji: 12,
  /** Each line whose bullet or heading is decorated with an emoji, up to 4. */
  perDecoratedLine: 12,
  /** Each string of two or more emoji in a row, up to 3. */
  perRun: 10,
  /** Per emoji per 100 words, capped at 25 points: padding weighs more in a short reply. */
  perDensity: 10,
  densityCap: 25,
} as const;

export interface EmojiResult {
  score: number;
  /** Emoji seen; counting stops once the score is saturated at 100. */
  count: number;
  decoratedLines: number;
  runs: number;
  hits: Hit[];
}

// A run of emoji material, optionally separated by spaces. One character class per step and no
// nested quantifiers, so matching is linear.
const RUN = /(?:[#*0-9]\uFE0F?)?[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3][\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\p{Emoji_Component}\u200D\uFE0F\u20E3 ]*/gu;
const PRESENTATION = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\u200D|\p{Emoji_Modifier}|\p{Regional_Indicator}/u;
const PICTO = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

const EXT_PICT = /\p{Extended_Pictographic}/u;

/** Grapheme_Cluster_Break=Extend among the characters a run holds: variation selector 16, the keycap, skin tones, tags. */
function isExtend(cp: number): boolean {
  return cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/**
 * The grapheme clusters of a run of emoji material (what RUN matches), with their offsets: the
 * Unicode rules (UAX #29) for the only cluster-break classes a run can hold — no break before an
 * Extend character or a ZWJ (GB9), none inside "pictograph Extend* ZWJ pictograph" (GB11), regional
 * indicators in pairs (GB12, GB13), a break everywhere else. The same clusters Intl.Segmenter finds
 * (test/unit/scorer/emoji.test.ts checks it for every such character), without its start-up cost:
 * creating a segmenter costs ≈ 9 ms of CPU, on every page load that shows a ❤️ or ⚠️.
 */
export function emojiClusters(run: string): Array<{ segment: string; index: number }> {
  const out: Array<{ segment: string; index: number }> = [];
  let start = 0;
  // "pict": the cluster so far ends in a pictograph and Extend characters; "zwj": that, then a ZWJ.
  let state: 'none' | 'pict' | 'zwj' = 'none';
  // Regional indicators in a row at the end of the cluster so far.
  let indicators = 0;
  for (let i = 0; i < run.length; ) {
    const cp = run.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    const pict = EXT_PICT.test(String.fromCodePoint(cp));
    const joins = i > 0 && (isExtend(cp) || cp === 0x200d || (pict && state === 'zwj') || (isRegionalIndicator(cp) && indicators % 2 === 1));
    if (!joins && i > 0) {
      out.push({ segment: run.slice(start, i), index: start });
      start = i;
    }
    if (pict) state = 'pict';
    else if (cp === 0x200d) state = state === 'pict' ? 'zwj' : 'none';
    else if (!isExtend(cp)) state = 'none';
    else if (state === 'zwj') state = 'none';
    indicators = isRegionalIndicator(cp) ? indicators + 1 : 0;
    i += size;
  }
  if (run.length > 0) out.push({ segment: run.slice(start), index: start });
  return out;
}

/** Is this grapheme cluster an emoji as a reader sees one? (© ® ™ ‼ in text style are not.) */
export function isEmojiCluster(g: string): boolean {
  if (!PICTO.test(g)) return false;
  if (PRESENTATION.test(g)) return true;
  return (g.codePointAt(0) ?? 0) >= 0x2600;
}

export function scanEmoji(doc: Doc, maxHits = 64): EmojiResult {
  const result: EmojiResult = { score: 0, count: 0, decoratedLines: 0, runs: 0, hits: [] };
  if (doc.firstEmojiCandidate === -1) return result;
  const prose = doc.prose;
  // Every character RUN requires is a candidate, and a keycap's "#", "*" or digit stands right
  // before one: no run starts earlier.
  RUN.lastIndex = Math.max(0, doc.firstEmojiCandidate - 1);
  let lastDecoratedLine = -1;
  const p = EMOJI_POINTS;
  const words = Math.max(1, doc.count);
  const points = () =>
    p.perEmoji * Math.min(result.count, 5) +
    p.perDecoratedLine * Math.min(result.decoratedLines, 4) +
    p.perRun * Math.min(result.runs, 3) +
    Math.min(p.densityCap, (p.perDensity * 100 * result.count) / words);
  // Points only grow as the scan goes on: once they reach 100 the score is final, so stop there
  // (bounded work on a huge emoji-heavy reply).
  const saturated = () => points() >= 100;
  for (let m = RUN.exec(prose); m !== null && !saturated(); m = RUN.exec(prose)) {
    let inRun = 0;
    for (const { segment, index } of emojiClusters(m[0])) {
      if (segment.trim() === '') continue;
      if (!isEmojiCluster(segment)) {
        inRun = 0;
        continue;
      }
      const start = m.index + index;
      result.count++;
      inRun++;
      if (inRun === 2) result.runs++;
      if (result.hits.length < maxHits) result.hits.push({ start, end: start + segment.length });
      const line = decoratedLine(prose, start);
      if (line !== -1 && line !== lastDecoratedLine) {
        result.decoratedLines++;
        lastDecoratedLine = line;
      }
    }
  }
  result.score = Math.round(Math.min(100, points()));
  return result;
}

/**
 * If the emoji at `pos` decorates a line — it comes first on a bullet or heading line, or sits on
 * a heading line — returns that line's start offset, else -1. Looks back at most 80 characters.
 */
function decoratedLine(prose: string, pos: number): number {
  let i = pos - 1;
  let onlyMarkers = true;
  while (i >= 0 && pos - i <= 80) {
    const c = prose.charCodeAt(i);
    if (c === 10) break;
    // Bullet and heading markers, spaces, list numbers and emphasis are "nothing yet".
    if (!(c === 32 || c === 45 || c === 42 || c === 43 || c === 35 || c === 46 || c === 41 || c === 95 || (c >= 48 && c <= 57))) onlyMarkers = false;
    i--;
  }
  if (pos - i > 80) return -1;
  const lineStart = i + 1;
  if (onlyMarkers) return lineStart;
  let j = lineStart;
  while (prose.charCodeAt(j) === 32) j++;
  return prose.charCodeAt(j) === 35 /* # heading */ ? lineStart : -1;
}
