// Opens databases written by every earlier schema version with today's ProbeDatabase and checks
// that nothing is lost. Each earlier version is frozen here as its own Dexie class, exactly as it
// shipped, so a later edit of src/db/schema.ts cannot quietly change what "v1" means.
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ProbeDatabase, type ConversationRecord, type ReplyRecord } from '../../../src/db';
import { foldReplies } from '../../../src/db/conversation';
import { digestOf, digestsBetween } from '../../../src/db/digest';
import { saveReply } from '../../../src/db/replies';
import { CURRENT_VERSION, SCHEMA } from '../../../src/db/schema';
import { row, storedDigests } from './rows';

class ShippedV1 extends Dexie {
  replies!: Table<ReplyRecord, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ replies: 'key, time, site, model, [site+conversation+message]' });
  }
}

class ShippedV2 extends Dexie {
  replies!: Table<ReplyRecord, string>;
  conversations!: Table<ConversationRecord, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ replies: 'key, time, site, model, [site+conversation+message]' });
    this.version(2).stores({
      replies: 'key, time, site, model, origin, [site+conversation+message], [site+time], [model+time]',
      conversations: 'key, site, lastTime',
      meta: 'key',
    });
  }
}

/** Every released schema before the current one, with a writer that fills it the way that release did. */
const EARLIER: { version: number; write(name: string, rows: ReplyRecord[]): Promise<void> }[] = [
  {
    version: 1,
    async write(name, rows) {
      const db = new ShippedV1(name);
      await db.replies.bulkPut(rows);
      db.close();
    },
  },
  {
    version: 2,
    async write(name, rows) {
      const db = new ShippedV2(name);
      // v2 kept conversations in step as it wrote, as mergeReplies did then.
      await db.transaction('rw', db.replies, db.conversations, async () => {
        await db.replies.bulkPut(rows);
        const byKey = new Map<string, ConversationRecord>();
        foldReplies(byKey, rows);
        await db.conversations.bulkPut([...byKey.values()]);
      });
      db.close();
    },
  },
];

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function v1Rows(): ReplyRecord[] {
  return [
    row({ conversation: 'c1', message: 'm1', version: 1, time: 1_000, text: 'kept text', userText: 'question' }),
    row({ conversation: 'c1', message: 'm1', version: 2, time: 2_000, contentHash: 'edited' }),
    row({ conversation: 'c1', message: 'm2', time: 3_000, model: null }),
    row({ site: 'claude', conversation: 'c9', message: 'x', time: 500, overall: null, language: 'fr', origin: 'import' }),
    // Rows written before content hashes existed.
    row({ conversation: 'c2', message: 'old', time: 4_000, contentHash: undefined }),
  ];
}

describe('schema upgrades', () => {
  it('lists every version in order, the current one last', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(SCHEMA.map((_, i) => i + 1));
    expect(EARLIER.map((e) => e.version)).toEqual(SCHEMA.slice(0, -1).map((s) => s.version));
    expect(CURRENT_VERSION).toBe(SCHEMA.length);
  });

  for (const earlier of EARLIER) {
    it(`opens a version ${earlier.version} database and keeps every row`, async () => {
      const name = `upgrade-from-${earlier.version}-${Math.random()}`;
      names.push(name);
      const rows = v1Rows();
      await earlier.write(name, rows);

      const db = new ProbeDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      const stored = await db.replies.orderBy('key').toArray();
      expect(stored).toEqual([...rows].sort((a, b) => a.key.localeCompare(b.key)));

      // Derived tables are built from the rows that were there.
      const conversations = await db.conversations.orderBy('key').toArray();
      expect(conversations).toEqual([
        { key: 'chatgpt|c1', site: 'chatgpt', conversation: 'c1', url: 'https://chatgpt.com/c/c1', firstTime: 1_000, lastTime: 3_000, replies: 3 },
        { key: 'chatgpt|c2', site: 'chatgpt', conversation: 'c2', url: 'https://chatgpt.com/c/c2', firstTime: 4_000, lastTime: 4_000, replies: 1 },
        { key: 'claude|c9', site: 'claude', conversation: 'c9', url: 'https://chatgpt.com/c/c9', firstTime: 500, lastTime: 500, replies: 1 },
      ]);

      // Every row has its digest, and the report's time range reads them.
      expect(await storedDigests(db)).toEqual(stored.map(digestOf));
      expect(await digestsBetween(db, 1_000, 3_001)).toHaveLength(3);

      // New indexes answer the report's queries over old rows.
      expect(await db.replies.where('[site+time]').between(['chatgpt', 0], ['chatgpt', 2_500]).count()).toBe(2);
      expect(await db.replies.where('[model+time]').between(['gpt-demo', 0], ['gpt-demo', Infinity]).count()).toBe(4);
      expect(await db.replies.where('origin').equals('import').count()).toBe(1);

      // Writing carries on where the old version left off.
      const live = ({ key: _key, version: _version, ...reading }: ReplyRecord) => reading as Parameters<typeof saveReply>[1];
      const again = await saveReply(db, live(rows[1]!));
      expect(again).toMatchObject({ version: 2, created: false });
      const next = await saveReply(db, { ...live(rows[0]!), contentHash: 'third text' });
      expect(next).toMatchObject({ key: 'chatgpt|c1|m1|3', version: 3, created: true });
      expect((await db.conversations.get('chatgpt|c1'))?.replies).toBe(4);
      expect(await storedDigests(db)).toEqual((await db.replies.orderBy('key').toArray()).map(digestOf));
      db.close();
    });
  }

  it('opens an empty database of the current version', async () => {
    const name = `fresh-${Math.random()}`;
    names.push(name);
    const db = new ProbeDatabase(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['conversations', 'digestKeys', 'digests', 'meta', 'replies']);
    db.close();
  });
});
