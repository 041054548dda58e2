// Chat tabs that were open before the extension was installed or updated: Chrome does not run the
// new content script in them by itself. The background injects it (features/open-tabs.ts), so they
// are scored without a reload, and after an update the new script replaces the old one's badges.
import { test as base, type Page } from '@playwright/test';
import { BADGE, readRepoFile, storedReplies } from '../support/extension';
import { launchForInstall, serveOnOrigin, type InstallableBrowser } from '../support/extension-install';
import { DEMO_URL, streamTurn } from '../support/history';

const test = base.extend<{ preinstalled: boolean; chrome: InstallableBrowser; demo: Page }>({
  preinstalled: [false, { option: true }],
  chrome: async ({ preinstalled }, use) => {
    const chrome = await launchForInstall({ preinstalled });
    await use(chrome);
    await chrome.close();
  },
  demo: async ({ chrome }, use) => {
    await serveOnOrigin(chrome.context, 'https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
    const page = await chrome.context.newPage();
    await page.goto(DEMO_URL);
    await use(page);
  },
});
const { expect } = test;

test('an extension installed with a chat tab open scores that tab without a reload', async ({ chrome, demo }) => {
  await demo.waitForTimeout(500);
  await expect(demo.locator(BADGE)).toHaveCount(0);
  const id = await chrome.install();
  await expect(demo.locator(BADGE)).toHaveCount(3);
  await expect.poll(async () => (await storedReplies(chrome.context, id)).length, { timeout: 15_000 }).toBe(3);
});

test.describe('after an update', () => {
  test.use({ preinstalled: true });

  test('an open chat tab gets the new script: the old badges are replaced and new replies are scored and stored', async ({ chrome, demo }) => {
    await expect(demo.locator(BADGE)).toHaveCount(3);
    const id = await chrome.install();
    // The new script took the old one's badges off and badged every reply again, none of them outdated.
    await expect.poll(async () => demo.locator(`${BADGE}[data-overall]`).count(), { timeout: 15_000 }).toBe(3);
    await streamTurn(demo, 'Is my plan good?', 'What a brilliant plan! You are a genius. 🎉🎉🎉');
    await expect(demo.locator(BADGE)).toHaveCount(4);
    await demo.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await demo.waitForTimeout(500);
    await expect(demo.locator(`${BADGE}[data-outdated]`)).toHaveCount(0);
    await expect.poll(async () => (await storedReplies(chrome.context, id)).length, { timeout: 15_000 }).toBe(4);
  });
});
