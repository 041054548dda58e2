// What is kept of live replies follows the text setting; retention deletes old history; the
// background answers the storage-health question.
import { resolve } from 'node:path';
import { expect, readRepoFile, ROOT, storedReplies, test } from '../support/extension';
import { DEMO_URL, openHistory, streamTurn, type ChromeApi } from '../support/history';

type WithChrome = { chrome: ChromeApi };

const FLATTERY = "What a brilliant question! You're so smart. 🎉🎉🎉";

test('live replies keep evidence excerpts, full text or scores only, as the setting says', async ({ context, extensionId, serve }) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const chat = await context.newPage();
  await chat.goto(DEMO_URL);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 15_000 }).toBe(3);
  // The default, evidence excerpts: the flagged words, never the reply itself.
  const demo = (await storedReplies(context, extensionId)).find((r) => r.message === 'demo-assistant-3')!;
  expect(demo).not.toHaveProperty('text');
  expect(demo).not.toHaveProperty('userText');
  expect((demo.evidence as { text: string }[]).some((span) => span.text.length > 0)).toBe(true);

  const history = await openHistory(context, extensionId);
  await history.getByLabel(/Full reply text/).check();
  await streamTurn(chat, 'Is my idea good?', FLATTERY);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 15_000 }).toBe(4);
  const full = (await storedReplies(context, extensionId)).find((r) => r.text === FLATTERY);
  expect(full).toMatchObject({ userText: 'Is my idea good?' });

  await history.getByLabel(/Scores only/).check();
  const known = new Set((await storedReplies(context, extensionId)).map((r) => r.key));
  await streamTurn(chat, 'And this one?', `${FLATTERY} Truly amazing!`);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 15_000 }).toBe(5);
  const scoresOnly = (await storedReplies(context, extensionId)).find((r) => !known.has(r.key))!;
  expect(scoresOnly).not.toHaveProperty('text');
  expect(scoresOnly).not.toHaveProperty('userText');
  const evidence = scoresOnly.evidence as { text: string; start: number; end: number }[];
  expect(evidence.length).toBeGreaterThan(0);
  for (const span of evidence) {
    expect(span.text).toBe('');
    expect(span.end).toBeGreaterThan(span.start);
  }
});

test('shortening retention deletes older replies at once; a daily alarm keeps doing it', async ({ context, extensionId, serviceWorker }) => {
  const alarm = await serviceWorker.evaluate(() => new Promise((done) => (globalThis as unknown as WithChrome).chrome.alarms.get('retention-purge', done)));
  expect(alarm).toMatchObject({ name: 'retention-purge', periodInMinutes: 1440 });

  const history = await openHistory(context, extensionId);
  await history.getByTestId('import-file').setInputFiles(resolve(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json'));
  await expect(history.getByTestId('added')).toHaveText('8');
  await history.getByTestId('retention').selectOption('365');
  // The 2023 replies are older than a year.
  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(0);
});

test('the background reports storage health to extension pages', async ({ context, extensionId }) => {
  const history = await openHistory(context, extensionId);
  const health = await history.evaluate(() => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'storage-health' }));
  expect(health).toMatchObject({ failing: false, failedWrites: 0, lastError: null });
  expect(typeof health.usage).toBe('number');
  expect(health.quota).toBeGreaterThan(0);
});
