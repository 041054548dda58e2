// The extension goes away (turned off, removed, or reloaded from the command line, which does not
// come back) while chat tabs stay open. Chrome keeps the old content script running but cut off
// from the extension: it must stop rather than retry for ever, and say on its badges that
// reloading the page resumes scoring. (An update, where a new copy takes over the open tab, is
// sites-open-tabs.spec.ts.)
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { BADGE, expect, readRepoFile, storedReplies, test } from '../support/extension';
import { DEMO_URL, streamTurn } from '../support/history';
import { badgeView } from '../support/ui';

/**
 * Opens the demo chat, waits until its replies are badged and stored (so no send is on its way),
 * then reloads the extension under the open tab. Returns the tab and what it logged.
 */
async function demoTabAcrossReload(
  { context, serviceWorker, extensionId, serve }: { context: BrowserContext; serviceWorker: Worker; extensionId: string; serve: (origin: string, html: string) => Promise<void> },
): Promise<{ page: Page; logged: string[] }> {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => message.text().startsWith('Sycophancy Probe') && logged.push(message.text()));
  await page.goto(DEMO_URL);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 15_000 }).toBe(3);
  // The worker goes away while answering, so this call may never return.
  void serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await page.waitForTimeout(1_000);
  await expect(page.locator(`${BADGE}[data-outdated]`)).toHaveCount(0);
  return { page, logged };
}

test('after the extension reloads, an open tab stops and its badges say that a page reload resumes scoring', async ({ context, serviceWorker, extensionId, serve }) => {
  const { page, logged } = await demoTabAcrossReload({ context, serviceWorker, extensionId, serve });

  // A new reply is the tab's first send since the reload: it finds the extension gone.
  await streamTurn(page, 'Is my plan good?', 'What a brilliant plan! You are a genius. 🎉🎉🎉');
  await expect(page.locator(`${BADGE}[data-outdated]`)).toHaveCount(3);
  await expect(page.locator(BADGE)).toHaveCount(3);
  // It said so once and stopped: nothing is retried (the retry used to come every 5 s, for ever).
  await page.waitForTimeout(6_000);
  const reloadNotices = logged.filter((text) => text.includes('reload the page'));
  expect(reloadNotices).toHaveLength(1);
  expect(logged.filter((text) => text.includes('trying again') || text.includes('will be retried'))).toEqual([]);

  // The badge says it to a screen reader, and its card to everyone; its score is still shown.
  await page.locator(BADGE).first().hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
  const view = await badgeView(page, 0);
  expect(view.label).toMatch(/^Sycophancy score \d+.*reload the page to score new replies\.$/);
  expect(view.card).toContain('reload the page to score new replies');
  expect(view.pill).toMatch(/\d/);
});

test('after the extension reloads, a tab the user comes back to marks its badges without waiting for a new reply', async ({ context, serviceWorker, extensionId, serve }) => {
  const { page } = await demoTabAcrossReload({ context, serviceWorker, extensionId, serve });
  // The tab becomes visible again (headless tabs always are: the event is what the script hears).
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.locator(`${BADGE}[data-outdated]`)).toHaveCount(3);
});
