import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveReply, summarize, versionsOfMessages, type IncomingReply } from '../../../src/db/replies';
import { freshDatabases } from './open';
import { row } from './rows';

const freshDatabase = freshDatabases('test');

function reply(overrides: Partial<IncomingReply> = {}): IncomingReply {
  const { key: _key, version: _version, ...incoming } = row({ evidence: [], url: undefined, ...overrides });
  return { contentHash: 'hash-a', ...incoming, ...overrides };
}

describe('saveReply', () => {
  it('stores a new reply as version 1 under its composite key', async () => {
    const db = freshDatabase();
    const saved = await saveReply(db, reply());
    expect(saved).toEqual({ key: 'chatgpt|c1|m1|1', version: 1, created: true });
    expect(await db.replies.get('chatgpt|c1|m1|1')).toMatchObject({ overall: 60, version: 1 });
  });

  it('does not duplicate a reply whose text was already stored', async () => {
    const db = freshDatabase();
    await saveReply(db, reply());
    const again = await saveReply(db, reply({ time: Date.UTC(2026, 10, 27) }));
    expect(again).toEqual({ key: 'chatgpt|c1|m1|1', version: 1, created: false });
    expect(await db.replies.count()).toBe(1);
  });

  it('stores changed text of the same message as the next version', async () => {
    const db = freshDatabase();
    await saveReply(db, reply());
    const edited = await saveReply(db, reply({ contentHash: 'hash-b', overall: 10 }));
    expect(edited).toEqual({ key: 'chatgpt|c1|m1|2', version: 2, created: true });
    // Going back to the first text (e.g. the user picks the earlier branch) is not a third version.
    expect((await saveReply(db, reply())).version).toBe(1);
    expect(await db.replies.count()).toBe(2);
  });

  it('keeps messages of other conversations and sites apart', async () => {
    const db = freshDatabase();
    await saveReply(db, reply());
    await saveReply(db, reply({ conversation: 'c2' }));
    await saveReply(db, reply({ site: 'claude' }));
    expect(await db.replies.count()).toBe(3);
  });
});

describe('versionsOfMessages', () => {
  it('gives every stored version of each message asked for, by message, and nothing for the rest', async () => {
    const db = freshDatabase();
    await db.replies.bulkPut([
      row({ message: 'm1', version: 1 }),
      row({ message: 'm1', version: 2, contentHash: 'hash-b' }),
      row({ message: 'm2' }),
      row({ conversation: 'c2', message: 'm1' }),
      row({ site: 'claude', message: 'm1' }),
    ]);
    const found = await versionsOfMessages(db, [
      { site: 'chatgpt', conversation: 'c1', message: 'm1' },
      { site: 'chatgpt', conversation: 'c1', message: 'm1' },
      { site: 'claude', conversation: 'c1', message: 'm1' },
      { site: 'chatgpt', conversation: 'c1', message: 'gone' },
    ]);
    expect([...found.keys()].sort()).toEqual(['chatgpt|c1|m1', 'claude|c1|m1']);
    expect(found.get('chatgpt|c1|m1')!.map((r) => r.version).sort()).toEqual([1, 2]);
    expect(found.get('claude|c1|m1')!.map((r) => r.site)).toEqual(['claude']);
    expect((await versionsOfMessages(db, [])).size).toBe(0);
  });
});

describe('summarize', () => {
  it('counts the newest version of each message in the range and averages scored replies only', async () => {
    const db = freshDatabase();
    const day = Date.UTC(2026, 10, 26);
    await saveReply(db, reply({ message: 'a', overall: 80, time: day + 1000 }));
    await saveReply(db, reply({ message: 'a', overall: 20, contentHash: 'edited', time: day + 2000 }));
    await saveReply(db, reply({ message: 'b', overall: 60, time: day + 3000 }));
    await saveReply(db, reply({ message: 'c', overall: null, language: 'fr', time: day + 4000 }));
    await saveReply(db, reply({ message: 'yesterday', overall: 100, time: day - 1 }));
    const summary = await summarize(db, day, day + 86_400_000, 50);
    expect(summary).toEqual({ replies: 3, averageOverall: 40, flagged: 1 });
  });

  it('has no average on a day without scored replies', async () => {
    const db = freshDatabase();
    expect(await summarize(db, 0, 1, 50)).toEqual({ replies: 0, averageOverall: null, flagged: 0 });
  });
});
