import { addToConversations } from './conversation-table';
import { digestsBetween } from './digest';
import type { ProbeDatabase } from './index';
import { replyKey, splitReplyKey, type ReplyRecord } from './record';
import { placeReading } from './versions';

/** A scored reading of a reply, before the database has given it a version. */
export type IncomingReply = Omit<ReplyRecord, 'key' | 'version'> & { contentHash: string };

export interface SaveResult {
  key: string;
  version: number;
  /** False when this exact text was already stored for the message (a re-render, a reload). */
  created: boolean;
}

/** Every stored version of one message. */
export function messageVersions(db: ProbeDatabase, site: string, conversation: string, message: string): Promise<ReplyRecord[]> {
  return db.replies.where('[site+conversation+message]').equals([site, conversation, message]).toArray();
}

/** A message of a conversation, whatever its version. */
export type MessageRef = Pick<ReplyRecord, 'site' | 'conversation' | 'message'>;

/** One message, whatever its version: `site|conversation|message`. */
export const messageKey = (ref: MessageRef) => `${ref.site}|${ref.conversation}|${ref.message}`;

/**
 * Every stored version of each of these messages, by messageKey, in one index walk rather than
 * one query per message (an import or a re-score of thousands of rows). Messages with no stored
 * version have no entry.
 */
export async function versionsOfMessages(db: ProbeDatabase, refs: Iterable<MessageRef>): Promise<Map<string, ReplyRecord[]>> {
  const keys = new Map<string, [string, string, string]>();
  for (const ref of refs) keys.set(messageKey(ref), [ref.site, ref.conversation, ref.message]);
  const versions = new Map<string, ReplyRecord[]>();
  if (keys.size === 0) return versions;
  for (const row of await db.replies.where('[site+conversation+message]').anyOf([...keys.values()]).toArray()) {
    const key = messageKey(row);
    const stored = versions.get(key);
    if (stored) stored.push(row);
    else versions.set(key, [row]);
  }
  return versions;
}

/**
 * Stores a reply as a new version of its message unless the same text is already stored.
 * Versions are decided here, not in the tab, so reloads and other tabs agree on them.
 */
export async function saveReply(db: ProbeDatabase, incoming: IncomingReply): Promise<SaveResult> {
  return db.transaction('rw', db.replies, db.conversations, async () => {
    const versions = await messageVersions(db, incoming.site, incoming.conversation, incoming.message);
    // A live reading brings no version of its own: the database gives it the next one.
    const placed = placeReading(versions, { contentHash: incoming.contentHash });
    if ('stored' in placed) return { key: placed.stored.key, version: placed.stored.version, created: false };
    const record: ReplyRecord = { ...incoming, version: placed.version, key: replyKey({ ...incoming, version: placed.version }) };
    await db.replies.add(record);
    await addToConversations(db, [record]);
    return { key: record.key, version: record.version, created: true };
  });
}

export interface DaySummary {
  replies: number;
  /** Mean overall score of the replies that have one (unsupported languages have none). */
  averageOverall: number | null;
  flagged: number;
}

/**
 * Replies scored between `from` (inclusive) and `to` (exclusive), counting each message's newest
 * version. Reads the digest table: the popup needs no evidence or text.
 */
export async function summarize(db: ProbeDatabase, from: number, to: number, flagThreshold: number): Promise<DaySummary> {
  const digests = await digestsBetween(db, from, to);
  const newest = new Map<string, { version: number; overall: number | null }>();
  for (const { key, overall } of digests) {
    const { message, version } = splitReplyKey(key);
    const seen = newest.get(message);
    if (!seen || seen.version < version) newest.set(message, { version, overall });
  }
  const scored = [...newest.values()].map((r) => r.overall).filter((o): o is number => o !== null);
  return {
    replies: newest.size,
    averageOverall: scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null,
    flagged: scored.filter((o) => o >= flagThreshold).length,
  };
}
