// The history page's import and restore jobs, as its worker runs them, on the genuine export.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProbeDatabase } from '../../../src/db';
import { backupParts } from '../../../src/db/backup';
import { runJob, type JobProgress, type JobRequest } from '../../../src/ui/history/job';
import { freshDatabases } from './open';

const REAL = readFileSync(new URL('../../fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json', import.meta.url));
const exportFile = (bytes: Uint8Array = REAL, name = "conversations.json") => new File([new Uint8Array(bytes)], name, { type: "application/json" });

const freshDatabase = freshDatabases('job');

function run(db: ProbeDatabase, request: Partial<JobRequest>, signal = new AbortController().signal, progress: JobProgress[] = []) {
  return runJob(db, { kind: 'import', file: exportFile(), keep: { textStorage: 'evidence', retentionDays: null }, ...request }, signal, (p) => progress.push(p));
}

describe('import job', () => {
  it('stores every reply once with its real time, reports progress and what was skipped', async () => {
    const db = freshDatabase();
    const progress: JobProgress[] = [];
    const result = await run(db, {}, undefined, progress);
    expect(result).toMatchObject({ kind: 'import', file: 'conversations.json', conversations: 1, replies: 8, added: 8, alreadyStored: 0 });
    expect(result.skipped).toMatchObject({ 'tool message (code output, browsing, reasoning)': 11 });
    expect(progress.at(-1)).toMatchObject({ phase: 'saving', replies: 8 });
    expect(progress.some((p) => p.phase === 'reading' && p.bytesRead === REAL.length)).toBe(true);
    const first = await db.replies.orderBy('time').first();
    expect(new Date(first!.time).toISOString()).toBe('2023-09-21T19:58:55.191Z');
    expect(await db.conversations.get('chatgpt|966da5c4-5bb7-4e4d-ab6d-a7316b96266e')).toMatchObject({ replies: 8, title: expect.any(String) });

    expect(await run(db, {})).toMatchObject({ added: 0, alreadyStored: 8 });
    expect(await db.replies.count()).toBe(8);
  });

  it('keeps the words the text setting allows', async () => {
    const full = freshDatabase();
    await run(full, { keep: { textStorage: 'full', retentionDays: null } });
    const kept = await full.replies.toArray();
    expect(kept.every((r) => typeof r.text === 'string' && r.text.length > 0)).toBe(true);
    expect(kept.some((r) => r.userText?.startsWith('given two random independent'))).toBe(true);

    const scores = freshDatabase();
    await run(scores, { keep: { textStorage: 'scores', retentionDays: null } });
    const rows = await scores.replies.toArray();
    expect(rows.some((r) => 'text' in r || 'userText' in r)).toBe(false);
    expect(rows.flatMap((r) => r.evidence).every((span) => span.text === '')).toBe(true);
  });

  it('leaves out replies the retention setting would delete, and says why', async () => {
    const db = freshDatabase();
    const result = await run(db, { keep: { textStorage: 'evidence', retentionDays: 365 } });
    expect(result).toMatchObject({ replies: 8, added: 0 });
    expect(result.skipped['older than your retention setting (365 days)']).toBe(8);
    expect(await db.replies.count()).toBe(0);
  });

  it('writes nothing for a malformed file or a cancelled import', async () => {
    const db = freshDatabase();
    await expect(run(db, { file: exportFile(REAL.subarray(0, 50_000), 'cut.json') })).rejects.toThrow(/^cut\.json: the JSON ends early/);
    const controller = new AbortController();
    controller.abort(new Error('Cancelled by the user'));
    await expect(run(db, {}, controller.signal)).rejects.toThrow('Cancelled by the user');
    expect(await db.replies.count()).toBe(0);
  });
});

describe('restore job', () => {
  it('restores a backup into an empty history, then adds nothing the second time', async () => {
    const source = freshDatabase();
    await run(source, { keep: { textStorage: 'full', retentionDays: null } });
    const backup = new File([(await backupParts(source, 0)).join('')], 'backup.json');

    const target = freshDatabase();
    expect(await run(target, { kind: 'restore', file: backup, keep: { textStorage: 'full', retentionDays: null } })).toMatchObject({ kind: 'restore', added: 8, replies: 8, conversations: 1 });
    expect(await target.replies.toArray()).toEqual(await source.replies.toArray());
    expect(await target.conversations.toArray()).toEqual(await source.conversations.toArray());
    expect(await run(target, { kind: 'restore', file: backup })).toMatchObject({ added: 0, alreadyStored: 8 });
  });

  it('refuses a file that is not a backup, saying so', async () => {
    await expect(run(freshDatabase(), { kind: 'restore', file: exportFile() })).rejects.toThrow('conversations.json: not a Sycophancy Probe backup');
  });
});
