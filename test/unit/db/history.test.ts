import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupParts, BackupError, parseBackup } from '../../../src/db/backup';
import { mergeReplies } from '../../../src/db/merge';
import { saveReply } from '../../../src/db/replies';
import { deleteEverything, deleteRepliesBefore, retentionCutoff } from '../../../src/db/retention';
import { applyTextPolicy } from '../../../src/db/text-policy';
import { row } from './rows';
import { freshDatabases } from './open';

const freshDatabase = freshDatabases('history');

const DAY = 86_400_000;

describe('mergeReplies (imports and restores)', () => {
  it('adds rows once: merging the same rows again adds nothing', async () => {
    const db = freshDatabase();
    const rows = [row({ message: 'a' }), row({ message: 'b' }), row({ conversation: 'c2', message: 'a' })];
    expect(await mergeReplies(db, rows, { titles: new Map([['chatgpt|c1', 'Sourdough']]) })).toEqual({ added: 3, alreadyStored: 0 });
    expect(await mergeReplies(db, rows)).toEqual({ added: 0, alreadyStored: 3 });
    expect(await db.replies.count()).toBe(3);
    expect(await db.conversations.get('chatgpt|c1')).toMatchObject({ title: 'Sourdough', replies: 2 });
  });

  it('recognises a reply already stored live by its text or, with other text (rendered vs markdown), by its version', async () => {
    const db = freshDatabase();
    await saveReply(db, { ...row(), key: undefined, version: undefined } as never);
    const imported = [row({ contentHash: 'hash-a' }), row({ contentHash: 'markdown of the same reply' }), row({ version: 2, contentHash: 'regenerated', overall: 3 })];
    expect(await mergeReplies(db, imported)).toEqual({ added: 1, alreadyStored: 2 });
    expect((await db.replies.toArray()).map((r) => [r.key, r.origin, r.overall])).toEqual([
      ['chatgpt|c1|m1|1', 'live', 60],
      ['chatgpt|c1|m1|2', 'live', 3],
    ]);
  });

  it('writes nothing when cancelled', async () => {
    const db = freshDatabase();
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(mergeReplies(db, [row()], { signal: controller.signal })).rejects.toThrow('cancelled by the user');
    expect(await db.replies.count()).toBe(0);
    expect(await db.conversations.count()).toBe(0);
  });

  it('rolls back every row when one cannot be written', async () => {
    const db = freshDatabase();
    const bad = { ...row({ message: 'z' }), key: undefined } as never;
    await expect(mergeReplies(db, [row({ message: 'a' }), bad])).rejects.toThrow();
    expect(await db.replies.count()).toBe(0);
  });
});

describe('text policy', () => {
  const full = row({ text: 'Great question! Here is the answer.', userText: 'How?' });
  it('keeps text and the user turn only under "full"', () => {
    expect(applyTextPolicy(full, 'full')).toBe(full);
    const evidence = applyTextPolicy(full, 'evidence');
    expect(evidence).not.toHaveProperty('text');
    expect(evidence).not.toHaveProperty('userText');
    expect(evidence.evidence[0]?.text).toBe('Great question');
  });
  it('keeps offsets and dimensions but no words under "scores"', () => {
    const scores = applyTextPolicy(full, 'scores');
    expect(scores).not.toHaveProperty('text');
    expect(scores.evidence).toEqual([{ dimension: 'flattery', text: '', start: 0, end: 14, signal: 'opening-praise', weight: 1.2 }]);
    expect(scores.overall).toBe(full.overall);
  });
});

describe('retention and deleting', () => {
  it('has no cutoff when history is kept forever', () => {
    expect(retentionCutoff(10 * DAY, null)).toBeNull();
    expect(retentionCutoff(10 * DAY, 0)).toBeNull();
    expect(retentionCutoff(10 * DAY, 3)).toBe(7 * DAY);
  });

  it('deletes replies older than the cutoff and recounts their conversations', async () => {
    const db = freshDatabase();
    await mergeReplies(db, [
      row({ message: 'old', time: 1 * DAY }),
      row({ message: 'new', time: 9 * DAY }),
      row({ conversation: 'gone', message: 'x', time: 2 * DAY }),
    ]);
    expect(await deleteRepliesBefore(db, 5 * DAY)).toBe(2);
    expect((await db.replies.toArray()).map((r) => r.message)).toEqual(['new']);
    expect(await db.conversations.toArray()).toEqual([expect.objectContaining({ key: 'chatgpt|c1', firstTime: 9 * DAY, replies: 1 })]);
  });

  it('deletes everything', async () => {
    const db = freshDatabase();
    await mergeReplies(db, [row()]);
    await db.meta.put({ key: 'last-purge', value: 1 });
    await deleteEverything(db);
    expect([await db.replies.count(), await db.conversations.count(), await db.meta.count()]).toEqual([0, 0, 0]);
  });
});

describe('backup and restore', () => {
  it('round-trips the whole history through one JSON file', async () => {
    const db = freshDatabase();
    // A capitulation's evidence can index the previous answer (`in`): restored without it, the offsets would point into the reply.
    const dropped = { dimension: 'agreement' as const, text: 'There is no evidence', start: 0, end: 20, in: 'previous' as const, signal: 'capitulation:drops-previous', weight: 5.23 };
    // Where a reply pushed back is evidence with a negative weight (it lowered agreement): kept as it is.
    const pushedBack = { dimension: 'agreement' as const, text: 'pros and cons', start: 3, end: 16, signal: 'both-sides', weight: -0.66 };
    const rows = [
      row({ message: 'a', text: 'ü ✓ "quoted"' }),
      row({ message: 'b', model: null, overall: null }),
      row({ message: 'c', capitulation: true, evidence: [dropped], previousMessage: 'b' }),
      row({ message: 'd', agreement: 1, evidence: [pushedBack] }),
    ];
    await mergeReplies(db, rows, { titles: new Map([['chatgpt|c1', 'Title']]) });
    const text = (await backupParts(db, Date.UTC(2026, 10, 26))).join('');
    const restored = parseBackup(text, 'backup.json');
    expect(restored.replies).toEqual(rows);
    expect(restored.titles.get('chatgpt|c1')).toBe('Title');

    const empty = freshDatabase();
    expect(await mergeReplies(empty, restored.replies, { titles: restored.titles })).toMatchObject({ added: 4 });
    expect(await mergeReplies(empty, restored.replies)).toMatchObject({ added: 0, alreadyStored: 4 });
    expect(await empty.replies.toArray()).toEqual(await db.replies.toArray());
    expect(await empty.conversations.toArray()).toEqual(await db.conversations.toArray());
  });

  it('reads an empty history back', async () => {
    const text = (await backupParts(freshDatabase(), 0)).join('');
    expect(parseBackup(text, 'b.json').replies).toEqual([]);
  });

  it.each([
    ['{', /^b\.json: not valid JSON/],
    ['[]', /not a Sycophancy Probe backup/],
    ['{"format":"sycophancy-probe/backup","schema":9,"replies":[]}', /newer version/],
    ['{"format":"sycophancy-probe/backup","schema":1}', /backup\.replies: expected an array, found nothing/],
  ])('says what is wrong with %s', (text, message) => {
    expect(() => parseBackup(text, 'b.json')).toThrow(BackupError);
    expect(() => parseBackup(text, 'b.json')).toThrow(message);
  });

  it('names the row and field that are wrong', () => {
    const file = (replies: unknown[]) => JSON.stringify({ format: 'sycophancy-probe/backup', schema: 1, replies });
    expect(() => parseBackup(file([row(), { ...row({ message: 'b' }), time: 'yesterday' }]), 'b.json')).toThrow(
      'b.json: replies[1].time: expected a number, found "yesterday"',
    );
    expect(() => parseBackup(file([{ ...row(), key: 'x' }]), 'b.json')).toThrow('replies[0].key: expected "chatgpt|c1|m1|1"');
    expect(() => parseBackup(file([{ ...row(), evidence: [{ dimension: 'vibes' }] }]), 'b.json')).toThrow('replies[0].evidence[0].dimension');
    const span = { dimension: 'agreement', text: 'x', start: 0, end: 1 };
    expect(() => parseBackup(file([{ ...row(), evidence: [{ ...span, in: 'user' }] }]), 'b.json')).toThrow(
      'replies[0].evidence[0].in: expected "reply" or "previous", found "user"',
    );
  });

  it('keeps only known fields of a restored row', () => {
    const text = JSON.stringify({ format: 'sycophancy-probe/backup', schema: 1, replies: [{ ...row(), injected: '<script>' }] });
    expect(parseBackup(text, 'b.json').replies[0]).not.toHaveProperty('injected');
  });
});
