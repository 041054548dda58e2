import { conversationKey } from './conversation';
import { recountConversations } from './conversation-table';
import type { ProbeDatabase } from './index';
import type { ReplyRecord } from './record';

const DAY_MS = 86_400_000;

/** The instant before which replies are deleted, or null when history is kept forever. */
export function retentionCutoff(now: number, retentionDays: number | null): number | null {
  if (retentionDays === null || !Number.isFinite(retentionDays) || retentionDays <= 0) return null;
  return now - retentionDays * DAY_MS;
}

/** Deletes every reply written before `cutoff` and recounts the conversations they belonged to. */
export async function deleteRepliesBefore(db: ProbeDatabase, cutoff: number): Promise<number> {
  return db.transaction('rw', db.replies, db.conversations, async () => {
    const old = db.replies.where('time').below(cutoff);
    const affected = new Map<string, Pick<ReplyRecord, 'site' | 'conversation'>>();
    await old.each(({ site, conversation }) => void affected.set(conversationKey({ site, conversation }), { site, conversation }));
    const deleted = await old.delete();
    await recountConversations(db, affected.values());
    return deleted;
  });
}

/** The user's "delete everything": every reply, conversation and fact about them, in one transaction. */
export async function deleteEverything(db: ProbeDatabase): Promise<void> {
  await db.transaction('rw', db.replies, db.conversations, db.meta, async () => {
    await Promise.all([db.replies.clear(), db.conversations.clear(), db.meta.clear()]);
  });
}
