// Keeps the conversations table in step with the replies table. Called inside the caller's
// transaction (which must include both tables), so the two never disagree.
import Dexie from 'dexie';
import { conversationKey, foldReplies, type ConversationRecord } from './conversation';
import type { ProbeDatabase } from './index';
import type { ReplyRecord } from './record';

/** Counts newly stored rows into their conversations; `titles` (by conversation key) fills missing titles. */
export async function addToConversations(db: ProbeDatabase, rows: readonly ReplyRecord[], titles?: ReadonlyMap<string, string>): Promise<void> {
  if (rows.length === 0) return;
  const keys = [...new Set(rows.map(conversationKey))];
  const byKey = new Map<string, ConversationRecord>();
  for (const found of await db.conversations.bulkGet(keys)) if (found) byKey.set(found.key, found);
  foldReplies(byKey, rows);
  for (const key of keys) {
    const title = titles?.get(key);
    const summary = byKey.get(key)!;
    if (title && !summary.title) summary.title = title;
  }
  await db.conversations.bulkPut(keys.map((key) => byKey.get(key)!));
}

/** Every stored version of every message of one conversation. */
export function conversationReplies(db: ProbeDatabase, site: string, conversation: string) {
  return db.replies.where('[site+conversation+message]').between([site, conversation, Dexie.minKey], [site, conversation, Dexie.maxKey], true, true);
}

/** Recounts conversations from their remaining replies (after deletions); drops the ones left empty. */
export async function recountConversations(db: ProbeDatabase, conversations: Iterable<Pick<ReplyRecord, 'site' | 'conversation'>>): Promise<void> {
  for (const { site, conversation } of conversations) {
    const key = conversationKey({ site, conversation });
    const remaining = await conversationReplies(db, site, conversation).toArray();
    if (remaining.length === 0) {
      await db.conversations.delete(key);
      continue;
    }
    const previous = await db.conversations.get(key);
    const rebuilt = new Map<string, ConversationRecord>();
    foldReplies(rebuilt, remaining);
    const summary = rebuilt.get(key)!;
    if (previous?.title) summary.title = previous.title;
    await db.conversations.put(summary);
  }
}
