import { addToConversations } from './conversation-table';
import type { ProbeDatabase } from './index';
import type { ReplyRecord } from './record';
import { messageKey, versionsOfMessages } from './replies';
import { placeReading } from './versions';

export interface MergeResult {
  /** Rows written. */
  added: number;
  /** Rows already stored: the same text, or the same version of the message (a second import, a reply seen live). */
  alreadyStored: number;
}

export interface MergeOptions {
  /** Conversation titles by conversation key (`site|conversation`), kept where none is stored yet. */
  titles?: ReadonlyMap<string, string>;
  /** Cancels: the transaction is rolled back and nothing is written. */
  signal?: AbortSignal;
}

/**
 * Adds imported or restored rows, which bring their own keys, in one transaction: all of them or, on any error or cancel,
 * none. Idempotent: a row whose text is already stored for its message adds nothing.
 */
export async function mergeReplies(db: ProbeDatabase, rows: readonly ReplyRecord[], options: MergeOptions = {}): Promise<MergeResult> {
  const result: MergeResult = { added: 0, alreadyStored: 0 };
  return db.transaction('rw', db.replies, db.conversations, async () => {
    const added: ReplyRecord[] = [];
    const stored = await versionsOfMessages(db, rows);
    options.signal?.throwIfAborted();
    for (const row of rows) {
      const key = messageKey(row);
      const versions = stored.get(key) ?? [];
      stored.set(key, versions);
      const placed = placeReading(versions, row);
      if ('stored' in placed) {
        result.alreadyStored += 1;
        continue;
      }
      versions.push(row);
      added.push(row);
    }
    await db.replies.bulkAdd(added);
    await addToConversations(db, added, options.titles);
    result.added = added.length;
    return result;
  });
}
