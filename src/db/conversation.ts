import type { ReplyRecord } from './record';

/**
 * What the history knows about one conversation, derived from its stored replies (so it can always
 * be rebuilt from them) plus the title an import found. Keyed `${site}|${conversation}`.
 */
export interface ConversationRecord {
  key: string;
  site: string;
  conversation: string;
  title?: string;
  url?: string;
  /** Time of its oldest and newest stored reply (epoch ms). */
  firstTime: number;
  lastTime: number;
  /** Stored reply rows (every version counts). */
  replies: number;
}

export function conversationKey(r: Pick<ReplyRecord, 'site' | 'conversation'>): string {
  return `${r.site}|${r.conversation}`;
}

/** The conversation with one more stored reply; `summary` is undefined for a conversation not seen yet. */
export function withReply(summary: ConversationRecord | undefined, row: ReplyRecord): ConversationRecord {
  if (!summary) {
    const fresh: ConversationRecord = {
      key: conversationKey(row),
      site: row.site,
      conversation: row.conversation,
      firstTime: row.time,
      lastTime: row.time,
      replies: 1,
    };
    if (row.url !== undefined) fresh.url = row.url;
    return fresh;
  }
  const next = { ...summary, firstTime: Math.min(summary.firstTime, row.time), lastTime: Math.max(summary.lastTime, row.time), replies: summary.replies + 1 };
  if (next.url === undefined && row.url !== undefined) next.url = row.url;
  return next;
}

/** Folds rows into the summaries in `byKey` (changed in place) and returns the keys it touched. */
export function foldReplies(byKey: Map<string, ConversationRecord>, rows: Iterable<ReplyRecord>): Set<string> {
  const touched = new Set<string>();
  for (const row of rows) {
    const key = conversationKey(row);
    byKey.set(key, withReply(byKey.get(key), row));
    touched.add(key);
  }
  return touched;
}
