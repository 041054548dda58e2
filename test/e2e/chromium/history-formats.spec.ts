// The other shapes an export comes in, through the history page: the ChatGPT export zip as
// downloaded, and a Claude export.
import { zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { claudeConversation } from '../../unit/import/builders';
import { expect, ROOT, storedReplies, test } from '../support/extension';
import { openHistory } from '../support/history';

test('the ChatGPT export zip imports the same replies as its conversations.json', async ({ context, extensionId }) => {
  const json = await readFile(resolve(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json'));
  const zip = zipSync({ 'conversations.json': new Uint8Array(json), 'user.json': new TextEncoder().encode('{}'), 'chat.html': new Uint8Array(0) });
  const page = await openHistory(context, extensionId);
  await page.getByTestId('import-file').setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(page.getByTestId('added')).toHaveText('8');
  const rows = await storedReplies(context, extensionId);
  expect(rows.map((r) => new Date(r.time as number).toISOString()).sort()[0]).toBe('2023-09-21T19:58:55.191Z');

  // The conversations.json alone afterwards: the same replies, nothing added.
  await page.getByTestId('import-file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: json });
  await expect(page.getByTestId('already-stored')).toHaveText('8');
  expect(await storedReplies(context, extensionId)).toHaveLength(8);
});

test('a Claude export is stored as claude replies, with a regenerated answer as a second version', async ({ context, extensionId }) => {
  const conversation = claudeConversation([
    { uuid: 'h1', sender: 'human', text: 'Is my business plan any good?' },
    { uuid: 'a1', sender: 'assistant', text: 'What a brilliant plan! You are a visionary. 🚀', parent: 'h1' },
    { uuid: 'a2', sender: 'assistant', text: 'It has a gap: the costs in year two are not covered.', parent: 'h1' },
  ]);
  const page = await openHistory(context, extensionId);
  await page.getByTestId('import-file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([conversation])) });
  await expect(page.getByTestId('added')).toHaveText('2');
  const rows = (await storedReplies(context, extensionId)).sort((a, b) => Number(a.version) - Number(b.version));
  expect(rows.map((r) => [r.site, r.conversation, r.message, r.version])).toEqual([
    ['claude', 'claude-1', 'a1', 1],
    ['claude', 'claude-1', 'a1', 2],
  ]);
  expect(Number(rows[0]!.overall)).toBeGreaterThan(Number(rows[1]!.overall));
});
