import type { ImportedConversation, ImportSummary, ReasonCounts } from './types';

export function addCount(counts: ReasonCounts, reason: string, n = 1): void {
  counts[reason] = (counts[reason] ?? 0) + n;
}

export function emptySummary(): ImportSummary {
  return { conversations: 0, replies: 0, skipped: {}, notes: {} };
}

/** Adds one walked conversation to a running summary. */
export function addToSummary(summary: ImportSummary, conversation: ImportedConversation): void {
  summary.conversations += 1;
  summary.replies += conversation.replies.length;
  for (const [reason, n] of Object.entries(conversation.skipped)) addCount(summary.skipped, reason, n);
  for (const [reason, n] of Object.entries(conversation.notes)) addCount(summary.notes, reason, n);
}

/**
 * A reply's time: its own, else the nearest earlier one in the conversation (noted), else none
 * (counted as skipped; the caller drops the reply).
 */
export function replyTime(conversation: ImportedConversation, own: number | null, earlier: number | null): number | null {
  if (own !== null) return own;
  if (earlier === null) {
    addCount(conversation.skipped, 'reply with no time anywhere in its conversation');
    return null;
  }
  addCount(conversation.notes, "reply without a time given an earlier message's time");
  return earlier;
}
