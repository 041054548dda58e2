import { siteFixturePage } from '../../fixtures/sites/page.mjs';
import { expect, pageStatus, tabIdOf, test } from '../support/sites';

// When a supported site shows a conversation but the adapter finds no turns in it (the site has
// changed its page), the tab says so, and the popup shows "layout not recognized" for that site.

const UNKNOWN_LAYOUT = `<!doctype html><html><head><meta charset="utf-8"><title>ChatGPT</title></head><body>
<main><div class="thread-v9">
  <div class="bubble from-me">Is my plan good?</div>
  <div class="bubble from-bot">Great question! You're absolutely right. 🎉</div>
</div></main></body></html>`;

/** How long the content script waits for turns before it says the layout is not recognized. */
const GRACE_MS = 5000;

test('a conversation page whose turns the adapter cannot find reads "not recognized" after the grace period', async ({ page, shared }) => {
  test.setTimeout(30_000);
  const url = 'https://chatgpt.com/c/health-unknown-layout';
  await shared.serve('https://chatgpt.com', UNKNOWN_LAYOUT);
  await page.goto(url);
  const tabId = await tabIdOf(shared, new URL(url).pathname.split('/').at(-1)!);

  await expect.poll(async () => (await pageStatus(shared, tabId)).layout).toBe('waiting');
  await expect
    .poll(async () => (await pageStatus(shared, tabId)).layout, { timeout: GRACE_MS + 5000 })
    .toBe('not-recognized');
  expect(await pageStatus(shared, tabId)).toMatchObject({ site: 'chatgpt', conversation: 'health-unknown-layout', replies: 0 });

  const popup = await shared.context.newPage();
  await popup.goto(`chrome-extension://${shared.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('#site-status')).toHaveAttribute('data-layout', 'not-recognized');
  await expect(popup.locator('#site-status')).toContainText('Layout not recognized');
  await popup.close();
});

test('a page the adapter knows reads "recognized", in the tab and in the popup', async ({ page, shared }) => {
  const url = 'https://claude.ai/chat/health-known-layout';
  await shared.serve('https://claude.ai', siteFixturePage('claude'));
  await page.goto(url);
  const tabId = await tabIdOf(shared, new URL(url).pathname.split('/').at(-1)!);

  await expect.poll(async () => (await pageStatus(shared, tabId)).layout).toBe('recognized');
  expect(await pageStatus(shared, tabId)).toMatchObject({ site: 'claude', replies: 2 });

  const popup = await shared.context.newPage();
  await popup.goto(`chrome-extension://${shared.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('#site-status')).toHaveAttribute('data-layout', 'recognized');
  await popup.close();
});
