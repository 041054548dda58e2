// The history page: importing a genuine ChatGPT export through the page's file picker (parsed in
// the page's worker), idempotence, a malformed file, and backup → delete everything → restore.
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, ROOT, storedReplies, test } from '../support/extension';
import { openHistory } from '../support/history';

const EXPORT = resolve(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json');

test('imports a genuine ChatGPT export with its real times, and importing it again adds nothing', async ({ context, extensionId, network }) => {
  const page = await openHistory(context, extensionId);
  await page.getByTestId('import-file').setInputFiles(EXPORT);

  const result = page.getByTestId('job-result');
  await expect(result).toBeVisible();
  await expect(result.getByTestId('added')).toHaveText('8');
  await expect(result.getByTestId('skipped')).toContainText('11 × tool message (code output, browsing, reasoning)');
  await expect(page.getByTestId('reply-total')).toHaveText('8');

  const rows = await storedReplies(context, extensionId);
  expect(rows).toHaveLength(8);
  for (const row of rows) {
    expect(row).toMatchObject({ site: 'chatgpt', conversation: '966da5c4-5bb7-4e4d-ab6d-a7316b96266e', model: 'gpt-4-code-interpreter', origin: 'import' });
    // The default text setting keeps evidence excerpts only, never the whole reply.
    expect(row).not.toHaveProperty('text');
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
  }
  const times = rows.map((r) => new Date(r.time as number).toISOString()).sort();
  expect(times[0]).toBe('2023-09-21T19:58:55.191Z');
  expect(times.at(-1)).toBe('2023-09-22T08:23:04.654Z');

  await page.getByTestId('import-file').setInputFiles(EXPORT);
  await expect(result.getByTestId('already-stored')).toHaveText('8');
  await expect(result.getByTestId('added')).toHaveText('0');
  expect(await storedReplies(context, extensionId)).toHaveLength(8);
  expect(network.foreign).toEqual([]);
});

test('a malformed export gets a message saying what and where, and nothing is written', async ({ context, extensionId }) => {
  const page = await openHistory(context, extensionId);
  // The genuine conversation, then a second one with a broken message: the first alone would import.
  const genuine = JSON.parse(await readFile(EXPORT, 'utf8'));
  const broken = [...genuine, { id: 'c2', title: 'Broken', mapping: { a1: { id: 'a1', message: { id: 'a1', content: {} } } } }];
  await page.getByTestId('import-file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const error = page.getByTestId('job-error');
  await expect(error).toContainText('Could not import: conversations.json: conversation 2 (id c2)');
  await expect(error).toContainText('a1');
  expect(await storedReplies(context, extensionId)).toHaveLength(0);

  // The genuine export cut short.
  const whole = await readFile(EXPORT);
  await page.getByTestId('import-file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: whole.subarray(0, 60_000) });
  await expect(error).toContainText('cut.json: the JSON ends early, after byte 60000');

  await page.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(error).toContainText('notes.json');
  expect(await storedReplies(context, extensionId)).toHaveLength(0);
  await expect(page.getByTestId('reply-total')).toHaveText('0');
});

test('backup, delete everything, restore: the same rows; restoring again adds nothing; a bad backup is refused', async ({ context, extensionId }) => {
  const page = await openHistory(context, extensionId);
  await page.getByTestId('import-file').setInputFiles(EXPORT);
  await expect(page.getByTestId('added')).toHaveText('8');
  const before = await storedReplies(context, extensionId);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup').click()]);
  expect(download.suggestedFilename()).toMatch(/^sycophancy-probe-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = await download.path();

  await page.getByTestId('delete-everything').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByText('Your history was deleted.')).toBeVisible();
  await expect(page.getByTestId('reply-total')).toHaveText('0');
  expect(await storedReplies(context, extensionId)).toHaveLength(0);

  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: await readFile(backup) });
  await expect(page.getByTestId('added')).toHaveText('8');
  const after = await storedReplies(context, extensionId);
  const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  expect(byKey(after)).toEqual(byKey(before));

  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: await readFile(backup) });
  await expect(page.getByTestId('already-stored')).toHaveText('8');
  expect(await storedReplies(context, extensionId)).toHaveLength(8);

  const broken = JSON.parse(await readFile(backup, 'utf8'));
  broken.replies[3].overall = 'very high';
  await page.getByTestId('restore-file').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByTestId('job-error')).toContainText('edited.json: replies[3].overall: expected a number or null, found "very high"');
  expect(await storedReplies(context, extensionId)).toHaveLength(8);
});
