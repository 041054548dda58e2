// Pure helpers for quoting a reply's text and evidence, shared by the badge card (content script)
// and the report's renderers, so neither layer imports the other.
import { inReply, raisedScore, type Dimension, type Evidence } from '../scorer/types';

/** At most `max` UTF-16 units with "…", never splitting a surrogate pair (emoji stay whole). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** Sentences of its previous answer a reply's display quotes, and how far: enough to show what it gave up. */
const PREVIOUS_QUOTES = 2;
const PREVIOUS_QUOTE_MAX = 160;

/**
 * What a capitulation dropped from its previous answer (evidence `in: 'previous'`), for the badge
 * card and the report: distinct sentences in that answer's order, clipped. Its score can come from
 * this alone, and it has no phrase in the reply.
 */
export function previousAnswerQuotes(evidence: readonly Evidence[]): { dimension: Dimension; text: string }[] {
  const quotes = evidence
    .filter((e) => !inReply(e) && raisedScore(e))
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ dimension: e.dimension, text: e.text.trim() }))
    .filter((q, i, all) => q.text !== '' && all.findIndex((other) => other.text === q.text) === i);
  return quotes.slice(0, PREVIOUS_QUOTES).map((q) => ({ ...q, text: clip(q.text, PREVIOUS_QUOTE_MAX) }));
}
