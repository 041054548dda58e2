// The background's answer to a tab's scored reply: stored per the text setting, not stored for a
// paused site, and a failed write answered with an error (so the tab keeps the reply) and logged.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyStoredAnswer, ScoredReply } from '../../../src/background/messages';
import type { Settings } from '../../../src/settings';
import { freshDatabases } from './open';

const storage = new Map<string, unknown>();
const reads: string[] = [];
let listener: ((message: unknown) => Promise<unknown> | undefined) | undefined;
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { onMessage: { addListener: (l: typeof listener) => (listener = l) } },
    storage: {
      local: {
        get: async (key: string) => (reads.push(key), storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => storage.set(k, structuredClone(v))),
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));
const { start } = await import('../../../src/background/features/store-replies');

const freshDatabase = freshDatabases('store');

function scored(overrides: Partial<ScoredReply> = {}): ScoredReply {
  return {
    site: 'chatgpt',
    conversation: 'c1',
    message: 'm1',
    time: 1_000,
    model: 'gpt-demo',
    url: 'https://chatgpt.com/c/c1',
    text: 'Great question! The answer is 4.',
    userText: 'What is 2 + 2?',
    previousMessage: null,
    score: {
      overall: 55,
      dimensions: { flattery: 70, emoji: 0, agreement: 0 },
      evidence: [{ dimension: 'flattery', text: 'Great question!', start: 0, end: 15 }],
      language: 'en',
      version: 'test',
    },
    ...overrides,
  };
}

async function send(reply: ScoredReply): Promise<ReplyStoredAnswer> {
  const [answer] = (await listener!({ type: 'store-replies', replies: [reply] })) as ReplyStoredAnswer[];
  return answer!;
}

const settings = (patch: Partial<Settings>) => storage.set('settings', patch);

beforeEach(() => storage.clear());

describe('store-replies', () => {
  it('keeps evidence excerpts by default, the full text when asked, and no words under "scores"', async () => {
    const db = freshDatabase();
    start(db);
    expect(await send(scored())).toMatchObject({ ok: true, created: true, version: 1 });
    settings({ textStorage: 'full' });
    await send(scored({ message: 'm2' }));
    settings({ textStorage: 'scores' });
    await send(scored({ message: 'm3' }));
    const [evidence, full, scores] = (await db.replies.toArray()).sort((a, b) => a.message.localeCompare(b.message));
    expect(evidence).not.toHaveProperty('text');
    expect(evidence?.evidence[0]?.text).toBe('Great question!');
    expect(full).toMatchObject({ text: 'Great question! The answer is 4.', userText: 'What is 2 + 2?' });
    expect(scores).not.toHaveProperty('text');
    expect(scores?.evidence).toEqual([{ dimension: 'flattery', text: '', start: 0, end: 15 }]);
    // All three know their text's hash, so the same reply sent again is recognised.
    expect(await send(scored({ message: 'm3' }))).toMatchObject({ ok: true, created: false, version: 1 });
  });

  it('keeps which reply came before, so re-scoring can judge capitulation again', async () => {
    const db = freshDatabase();
    start(db);
    await send(scored({ message: 'm2', previousMessage: 'm1' }));
    await send(scored({ message: 'm3', text: 'Another answer.' }));
    const rows = (await db.replies.toArray()).sort((a, b) => a.message.localeCompare(b.message));
    expect(rows.map((row) => row.previousMessage)).toEqual(['m1', undefined]);
  });

  it('acknowledges but does not store a reply from a paused site', async () => {
    const db = freshDatabase();
    start(db);
    settings({ pausedSites: ['chatgpt'] });
    expect(await send(scored())).toMatchObject({ ok: true, created: false });
    expect(await db.replies.count()).toBe(0);
  });

  it('answers a failed write with an error, so the tab keeps the reply, and records it', async () => {
    const db = freshDatabase();
    start(db);
    // A database that cannot be written: every retry fails too.
    db.close({ disableAutoOpen: true });
    const answer = await send(scored());
    expect(answer.ok).toBe(false);
    expect(storage.get('storageHealth')).toMatchObject({ failing: true, failedWrites: 1 });
  });

  it("stores a tab's batch in one message and acknowledges each reply in order", async () => {
    const db = freshDatabase();
    start(db);
    const replies = ['m1', 'm2', 'm1'].map((message) => scored({ message }));
    reads.length = 0;
    const answers = (await listener!({ type: 'store-replies', replies })) as ReplyStoredAnswer[];
    expect(answers).toMatchObject([
      { ok: true, created: true },
      { ok: true, created: true },
      { ok: true, created: false },
    ]);
    expect(await db.replies.count()).toBe(2);
    expect(reads.filter((key) => key === 'settings')).toHaveLength(1);
  });

  it('leaves other messages to other listeners', () => {
    start(freshDatabase());
    expect(listener!({ type: 'score-replies', replies: [] })).toBeUndefined();
    expect(listener!({ type: 'reply-scored', reply: scored() })).toBeUndefined();
  });
});
