// One running content script per chat tab. A second copy of the same version (the background
// injecting into a tab that was reloaded after an update, or anything injecting twice) must not
// badge the replies again; and the page cannot use what stops that copy to switch the extension off.
import type { BrowserContext, Page } from '@playwright/test';
import { BADGE, expect, readRepoFile, test } from '../support/extension';
import { DEMO_URL, streamTurn } from '../support/history';

/** The extension APIs the test calls in the service worker (its code runs there, typed here). */
interface ChromeScripting {
  runtime: { getManifest(): { content_scripts: { js: string[] }[] } };
  tabs: { query(filter: { url: string }): Promise<{ id: number }[]> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

async function openDemo(context: BrowserContext, serve: (origin: string, html: string) => Promise<void>, page?: Page): Promise<Page> {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const demo = page ?? (await context.newPage());
  await demo.goto(DEMO_URL);
  await expect(demo.locator(`${BADGE}[data-overall]`)).toHaveCount(3);
  return demo;
}

/** One badge per reply, every one scored and none marked outdated, also a while later; then the same for a new reply. */
async function expectOneLiveBadgePerReply(page: Page): Promise<void> {
  await page.waitForTimeout(1_000);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await streamTurn(page, 'Is my plan good?', 'What a brilliant plan! You are a genius. 🎉🎉🎉');
  await expect(page.locator(`${BADGE}[data-overall]`)).toHaveCount(4);
  await page.waitForTimeout(1_000);
  await expect(page.locator(BADGE)).toHaveCount(4);
  await expect(page.locator(`${BADGE}[data-outdated]`)).toHaveCount(0);
}

test('the content script injected a second time into a chat tab leaves one badge per reply, and new replies get one', async ({ context, serviceWorker, serve }) => {
  const page = await openDemo(context, serve);
  // As the background's open-tabs injection does, with the manifest's files.
  await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
    const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
    await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files: chrome.runtime.getManifest().content_scripts[0]!.js });
  });
  await expectOneLiveBadgePerReply(page);
});

test('the page cannot switch the content script off: not with its own globals, nor by announcing a new copy', async ({ context, serve }) => {
  const page = await context.newPage();
  // The name of the script's claim on the frame, set by the page; and the page hears the script
  // announce its start, so the announcement it repeats below is the script's own.
  await page.addInitScript(() => {
    Object.assign(window, { sycophancyProbeRunning: true, startsHeard: 0 });
    document.addEventListener('sycophancy-probe:started', () => (window as unknown as { startsHeard: number }).startsHeard++);
  });
  await openDemo(context, serve, page);
  expect(await page.evaluate(() => (window as unknown as { startsHeard: number }).startsHeard)).toBe(1);
  await page.evaluate(() => document.dispatchEvent(new Event('sycophancy-probe:started')));
  await expectOneLiveBadgePerReply(page);
});
