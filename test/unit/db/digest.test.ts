// The digest table must equal the replies table after every way the history is written.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ProbeDatabase, ReplyRecord } from '../../../src/db';
import { backupParts, parseBackup } from '../../../src/db/backup';
import { digestOf, digestsBetween } from '../../../src/db/digest';
import { mergeReplies } from '../../../src/db/merge';
import { saveReply, type IncomingReply } from '../../../src/db/replies';
import { deleteEverything, deleteRepliesBefore } from '../../../src/db/retention';
import { rescoreRows } from '../../../src/ui/report/rescore';
import { freshDatabases } from './open';
import { row, storedDigests } from './rows';

const freshDatabase = freshDatabases('digest');
const T = Date.UTC(2026, 10, 20, 12);

function incoming({ key: _key, version: _version, ...reading }: ReplyRecord): IncomingReply {
  return reading as IncomingReply;
}

/** Both tables, in key order: the digests and what the rows say they should be. */
async function tables(db: ProbeDatabase) {
  const [rows, digests] = await Promise.all([db.replies.orderBy('key').toArray(), storedDigests(db)]);
  return { expected: rows.map(digestOf), digests };
}

async function expectInStep(db: ProbeDatabase, rowCount: number): Promise<void> {
  const { expected, digests } = await tables(db);
  expect(expected).toHaveLength(rowCount);
  expect(digests).toEqual(expected);
}

function history(): ReplyRecord[] {
  return [
    row({ conversation: 'c1', message: 'a', time: T - 3_000, text: 'You are absolutely right! Great idea 🎉', userText: 'Is it?' }),
    row({ conversation: 'c1', message: 'a', version: 2, contentHash: 'regenerated', time: T - 2_000, overall: 12 }),
    row({ conversation: 'c2', message: 'b', time: T - 1_000, overall: null, flattery: null, emoji: null, agreement: null, language: 'ja' }),
    row({ conversation: 'c3', message: 'c', time: T, capitulation: true, overall: 90 }),
  ];
}

describe('the digest table follows the replies table', () => {
  it('live saves: a new text adds a digest, the same text again adds nothing', async () => {
    const db = freshDatabase();
    const [first] = history();
    await saveReply(db, incoming(first!));
    await saveReply(db, incoming(first!));
    await expectInStep(db, 1);
    await saveReply(db, { ...incoming(first!), contentHash: 'edited', overall: 3 });
    await expectInStep(db, 2);
  });

  it('imports: added rows get digests, already stored ones keep theirs, a cancelled or failing import leaves neither', async () => {
    const db = freshDatabase();
    expect(await mergeReplies(db, history())).toEqual({ added: 4, alreadyStored: 0 });
    await expectInStep(db, 4);
    expect(await mergeReplies(db, [...history(), row({ conversation: 'c4', message: 'd', time: T })])).toEqual({ added: 1, alreadyStored: 4 });
    await expectInStep(db, 5);

    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(mergeReplies(db, [row({ conversation: 'c5', time: T })], { signal: controller.signal })).rejects.toThrow('cancelled');
    const bad = { ...row({ conversation: 'c6', message: 'z' }), key: undefined } as never;
    await expect(mergeReplies(db, [row({ conversation: 'c6', message: 'y' }), bad])).rejects.toThrow();
    await expectInStep(db, 5);
  });

  it('restores: a backup holds no digests, and restoring it twice rebuilds them once', async () => {
    const source = freshDatabase();
    await mergeReplies(source, history());
    const file = (await backupParts(source, T)).join('');
    expect(file).not.toContain('digests');
    expect(Object.keys(JSON.parse(file))).toEqual(['format', 'schema', 'exportedAt', 'conversations', 'replies']);

    const db = freshDatabase();
    const { replies, titles } = parseBackup(file, 'backup.json');
    expect(await mergeReplies(db, replies, { titles })).toMatchObject({ added: 4 });
    expect(await mergeReplies(db, replies, { titles })).toMatchObject({ added: 0, alreadyStored: 4 });
    await expectInStep(db, 4);
    expect(await storedDigests(db)).toEqual(await storedDigests(source));
  });

  it('re-scoring rewrites the digest of every re-scored row', async () => {
    const db = freshDatabase();
    await mergeReplies(db, history());
    const digestOfFirst = async () => (await storedDigests(db)).find((digest) => digest.key === history()[0]!.key);
    const before = await digestOfFirst();
    expect(await rescoreRows(db, await db.replies.toArray())).toBe(1);
    expect(await digestOfFirst()).not.toEqual(before);
    await expectInStep(db, 4);
  });

  it('retention deletes the digests of the rows it deletes', async () => {
    const db = freshDatabase();
    await mergeReplies(db, history());
    expect(await deleteRepliesBefore(db, T - 1_500)).toBe(2);
    await expectInStep(db, 2);
  });

  it('delete everything leaves no digest', async () => {
    const db = freshDatabase();
    await mergeReplies(db, history());
    await expectInStep(db, 4);
    await deleteEverything(db);
    await expectInStep(db, 0);
    expect(await db.digests.count()).toBe(0);
  });

  it('direct table writes: put, update, a bulkAdd that keeps some rows, deletes by key and by key range', async () => {
    const db = freshDatabase();
    const rows = history();
    await db.replies.bulkPut(rows);
    await expectInStep(db, 4);
    await db.replies.update(rows[0]!.key, { overall: 1, capitulation: true });
    await db.replies.where('time').above(T - 1_500).modify({ emoji: 77 });
    await expectInStep(db, 4);
    // Outside a transaction a bulkAdd keeps the rows that did not collide with a stored key.
    await expect(db.replies.bulkAdd([rows[0]!, row({ conversation: 'c7', time: T })])).rejects.toThrow();
    await expectInStep(db, 5);
    await db.replies.delete(rows[1]!.key);
    await db.replies.bulkDelete([rows[2]!.key]);
    await expectInStep(db, 3);
    await db.replies.where('key').between('chatgpt|c3', 'chatgpt|c4').delete();
    await expectInStep(db, 2);
    await db.replies.clear();
    await expectInStep(db, 0);
  });

  it('a transaction that names only the replies table still writes digests, and rolls them back with the rows', async () => {
    const db = freshDatabase();
    const [first] = history();
    await db.transaction('rw', db.replies, () => db.replies.put(first!));
    await expectInStep(db, 1);
    await expect(
      db.transaction('rw', db.replies, async () => {
        await db.replies.put(row({ conversation: 'c8', time: T }));
        await db.replies.delete(first!.key);
        throw new Error('the caller fails after writing');
      }),
    ).rejects.toThrow('the caller fails after writing');
    await expectInStep(db, 1);
  });

  it('writes at once in one transaction all land in their shared hour page', async () => {
    const db = freshDatabase();
    await db.transaction('rw', db.replies, () =>
      Promise.all([db.replies.put(row({ conversation: 'p1', time: T })), db.replies.bulkPut([row({ conversation: 'p2', time: T + 1 }), row({ conversation: 'p3', time: T + 2 })]), db.replies.add(row({ conversation: 'p4', time: T + 3 }))]),
    );
    await expectInStep(db, 4);
    expect(await db.digests.count()).toBe(1);
  });
});

describe('digestsBetween', () => {
  it('cuts hour pages at any instant: a span may start at a quarter past', async () => {
    const db = freshDatabase();
    const hour = Date.UTC(2026, 10, 20, 18, 0);
    const quarterPast = hour + 15 * 60_000; // a local midnight at +5:45
    const times = [hour, quarterPast - 1, quarterPast, quarterPast + 1, hour + 3_600_000 - 1, hour + 3_600_000];
    await mergeReplies(db, times.map((time, i) => row({ conversation: `q${i}`, time })));
    const between = async (from: number, to: number) => (await digestsBetween(db, from, to)).map((digest) => digest.time).sort((a, b) => a - b);
    expect(await between(quarterPast, hour + 3_600_000)).toEqual([quarterPast, quarterPast + 1, hour + 3_600_000 - 1]);
    expect(await between(hour, quarterPast)).toEqual([hour, quarterPast - 1]);
    expect(await between(quarterPast, quarterPast)).toEqual([]);
  });
});
