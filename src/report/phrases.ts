import { raisedInReply, type Dimension, type Evidence } from '../scorer/types';
import type { PhraseStat } from './types';
import { compareText } from './tally';

const LEADING_NOISE = /^[\p{P}\s]+/u;
const TRAILING_NOISE = /[\p{P}\s]+$/u;
const BRACKETS = [['(', ')'], ['[', ']'], ['{', '}']] as const;

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Strips a closing bracket only when its opener is not part of the phrase: "alert(2)" stays whole. */
function trimTrailing(text: string): string {
  const tail = TRAILING_NOISE.exec(text)?.[0] ?? '';
  let kept = text.slice(0, text.length - tail.length);
  for (const [open, close] of BRACKETS) {
    for (let missing = count(kept, open) - count(kept, close); missing > 0 && tail.includes(close); missing--) kept += close;
  }
  return kept;
}

/** "  Great QUESTION!! " and "great question" count as one phrase; emoji stay as they are. */
export function normalisePhrase(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return trimTrailing(folded.replace(LEADING_NOISE, '')) || folded;
}

interface PhraseTally {
  phrase: string;
  dimension: Dimension;
  count: number;
  replies: number;
  /** Index of the last reply counted, so a phrase repeated in one reply counts that reply once. */
  lastReply: number;
}

/**
 * Counts evidence phrases across replies; feed it each reply's evidence once, in any order. Only
 * the replies' own phrases: a sentence a capitulation dropped from its previous answer is not
 * something the assistant said in that reply (the reply cards quote it instead). Only phrases that
 * raised a score: the report lists the phrases that drove scores, and pushing back drove none.
 */
export class PhraseCounter {
  private readonly tallies = new Map<string, PhraseTally>();
  /** Raw evidence text → tally: the same few phrases recur thousands of times, normalise each once. */
  private readonly byRawText = new Map<string, PhraseTally | null>();
  private replyIndex = 0;

  add(evidence: readonly Evidence[]): void {
    this.replyIndex += 1;
    for (const span of evidence) {
      if (!raisedInReply(span)) continue;
      const tally = this.tallyFor(span);
      if (!tally) continue;
      tally.count += 1;
      if (tally.lastReply !== this.replyIndex) {
        tally.replies += 1;
        tally.lastReply = this.replyIndex;
      }
    }
  }

  private tallyFor(span: Evidence): PhraseTally | null {
    const raw = `${span.dimension}\u0000${span.text}`;
    let tally = this.byRawText.get(raw);
    if (tally !== undefined) return tally;
    const phrase = normalisePhrase(span.text);
    const id = `${span.dimension}\u0000${phrase}`;
    tally = phrase === '' ? null : (this.tallies.get(id) ?? { phrase, dimension: span.dimension, count: 0, replies: 0, lastReply: 0 });
    if (tally) this.tallies.set(id, tally);
    this.byRawText.set(raw, tally);
    return tally;
  }

  /** The phrases found in the most replies (then most often), ties broken alphabetically so output is stable. */
  top(limit: number): PhraseStat[] {
    return [...this.tallies.values()]
      .sort((a, b) => b.replies - a.replies || b.count - a.count || compareText(a.phrase, b.phrase) || compareText(a.dimension, b.dimension))
      .slice(0, limit)
      .map(({ phrase, dimension, count, replies }) => ({ phrase, dimension, count, replies }));
  }
}
