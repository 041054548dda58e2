import { raisedInReply, type Dimension, type Evidence } from '../../scorer/types';

export interface Segment {
  text: string;
  /** The dimension whose evidence this span is, or null for plain text. */
  mark: Dimension | null;
}

export interface Excerpt {
  segments: Segment[];
  /** Text was cut before / after the excerpt. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Evidence spans that raised a score and really lie inside `text` (the reply: not the previous
 * answer's), sorted, overlaps merged into the earlier span. Where the reply pushed back (spans that
 * lowered agreement) is not marked: a mark reads as sycophancy.
 */
function usableSpans(text: string, evidence: readonly Evidence[]): Evidence[] {
  const spans = evidence
    .filter((e) => raisedInReply(e) && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Evidence[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Moves an index off the middle of a surrogate pair, so an emoji is never cut in half. */
function onCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * Splits a reply into plain and highlighted segments for display, keeping at most `maxLength`
 * characters around the first evidence span so long replies stay readable.
 */
export function excerpt(text: string, evidence: readonly Evidence[], maxLength = 600): Excerpt {
  const spans = usableSpans(text, evidence);
  const firstStart = spans[0]?.start ?? 0;
  const from = onCodePoint(text, text.length <= maxLength ? 0 : Math.max(0, Math.min(firstStart - 80, text.length - maxLength)));
  const to = onCodePoint(text, Math.min(text.length, from + maxLength));
  const segments: Segment[] = [];
  let cursor = from;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, to);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: null });
    segments.push({ text: text.slice(start, end), mark: span.dimension });
    cursor = end;
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), mark: null });
  return { segments, cutStart: from > 0, cutEnd: to < text.length };
}

/** A link target only when it is a web address: no javascript:, data: or relative tricks. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
