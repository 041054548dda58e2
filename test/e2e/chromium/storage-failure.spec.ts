// A write that fails is retried and reported, never dropped: the background's IndexedDB writes
// fail as on a full disk (QuotaExceededError; the extension's unlimitedStorage permission keeps
// DevTools' quota override from doing it, so the worker's IDBObjectStore.add is made to throw),
// a reply arrives meanwhile, storage health reports the failure, and once the database can be
// opened again the tab's outbox delivers the reply, exactly once.
import type { StorageHealth } from '../../../src/db/health';
import { BADGE, expect, readRepoFile, storedReplies, test } from '../support/extension';
import { DEMO_URL, openHistory, streamTurn, type ChromeApi } from '../support/history';

type WithChrome = { chrome: ChromeApi };

test('a failed write is reported in storage health and the reply is stored once the database works again', async ({ context, extensionId, serve, serviceWorker }) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const chat = await context.newPage();
  await chat.goto(DEMO_URL);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 15_000 }).toBe(3);

  const page = await openHistory(context, extensionId);
  const health = () => page.evaluate(() => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage<StorageHealth>({ type: 'storage-health' }));
  await serviceWorker.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    store.originalAdd = store.add;
    store.add = () => {
      throw new DOMException('The disk is full (simulated).', 'QuotaExceededError');
    };
  });

  await streamTurn(chat, 'Is my plan good?', 'What a brilliant plan! 🎉');
  await expect(chat.locator(BADGE)).toHaveCount(4);
  await expect.poll(async () => (await health()).failing, { timeout: 15_000 }).toBe(true);
  const failing = await health();
  expect(failing.failedWrites).toBeGreaterThan(0);
  expect(failing.lastError).toMatchObject({ name: 'QuotaExceededError', message: expect.stringContaining('disk is full') });
  // Not stored yet, and not forgotten: the tab still holds it.
  expect(await storedReplies(context, extensionId)).toHaveLength(3);

  // Room again (the user freed disk space): the tab's outbox delivers the reply on its next retry.
  await serviceWorker.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    store.add = store.originalAdd;
  });
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 30_000 }).toBe(4);
  const rows = await storedReplies(context, extensionId);
  expect(rows.filter((r) => r.message === 'demo-assistant-8')).toEqual([expect.objectContaining({ version: 1 })]);
  await expect.poll(async () => (await health()).failing).toBe(false);
  // The failures stay counted after recovery (retries may have added some meanwhile).
  expect((await health()).failedWrites).toBeGreaterThanOrEqual(failing.failedWrites);
});
