// One running content script per chat tab. A copy cut off by an update stops when it hears the new
// one announce its start (sites-open-tabs.spec.ts); a live copy ignores the announcement, which
// the page can make too, so no page can switch the extension off.
import type { BrowserContext, Page } from '@playwright/test';
import { BADGE, expect, readRepoFile, test } from '../support/extension';
import { DEMO_URL, streamTurn } from '../support/history';

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

test('the page cannot switch the content script off by announcing a new copy', async ({ context, serve }) => {
  const page = await context.newPage();
  // The page hears the script announce its start, so the announcement it repeats below is the script's own.
  await page.addInitScript(() => {
    Object.assign(window, { startsHeard: 0 });
    document.addEventListener('sycophancy-probe:started', () => (window as unknown as { startsHeard: number }).startsHeard++);
  });
  await openDemo(context, serve, page);
  expect(await page.evaluate(() => (window as unknown as { startsHeard: number }).startsHeard)).toBe(1);
  await page.evaluate(() => document.dispatchEvent(new Event('sycophancy-probe:started')));
  await expectOneLiveBadgePerReply(page);
});
