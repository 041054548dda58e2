// Every version the history's schema has had, oldest first. A version is never edited once
// released: a change is a new entry, with an upgrade function when existing rows need work.
// test/unit/db/upgrade.test.ts opens databases written by each earlier version.
import type { Transaction } from 'dexie';
import { digestsFromReplies } from './digest';
import { foldReplies, type ConversationRecord } from './conversation';
import type { ReplyRecord } from './record';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** v2 adds the conversations table: built here from the replies a v1 database already holds. */
async function conversationsFromReplies(tx: Transaction): Promise<void> {
  const byKey = new Map<string, ConversationRecord>();
  await tx.table<ReplyRecord, string>('replies').each((row) => void foldReplies(byKey, [row]));
  await tx.table<ConversationRecord, string>('conversations').bulkPut([...byKey.values()]);
}

export const SCHEMA: readonly SchemaVersion[] = [
  { version: 1, stores: { replies: 'key, time, site, model, [site+conversation+message]' } },
  {
    version: 2,
    stores: {
      // [site+time] and [model+time]: the report's per-site and per-model time ranges; origin: imports vs live.
      replies: 'key, time, site, model, origin, [site+conversation+message], [site+time], [model+time]',
      conversations: 'key, site, lastTime',
      // Small key/value facts about the history itself (last retention purge, …).
      meta: 'key',
    },
    upgrade: conversationsFromReplies,
  },
  {
    version: 3,
    stores: {
      // A few figures per reply row, one page per UTC hour, and the rows' keys in the same order
      // (digest.ts): what the report's trend and the popup read.
      digests: 'start',
      digestKeys: 'start',
    },
    upgrade: digestsFromReplies,
  },
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
