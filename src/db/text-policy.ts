import type { Settings } from '../settings';
import type { ReplyRecord } from './record';

export type TextStorage = Settings['textStorage'];

type WithText = Pick<ReplyRecord, 'evidence' | 'text' | 'userText'>;

/**
 * What of a reply's words may be kept (the user's setting): `full` keeps the reply and the user's
 * turn; `evidence` only the evidence excerpts (what raised a score, where a reply pushed back, what a
 * capitulation dropped); `scores` not even those, but keeps where they were, which dimension they
 * moved and their weight, so figures and highlights-by-offset still work.
 */
export function applyTextPolicy<T extends WithText>(row: T, policy: TextStorage): T {
  if (policy === 'full') return row;
  const { text: _text, userText: _userText, ...rest } = row;
  if (policy === 'evidence') return rest as T;
  return { ...rest, evidence: row.evidence.map((span) => ({ ...span, text: '' })) } as T;
}
