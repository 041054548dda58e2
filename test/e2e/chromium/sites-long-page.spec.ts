import { longConversationPage, replyId } from '../../fixtures/sites/long-conversation.mjs';
import { badges, expect, scrollThrough, storedRows, test } from '../support/sites';

// A reopened long conversation: replies are read, scored and badged as they come near the
// viewport, so the page's cost follows what the reader sees; scrolling through badges them all,
// each once.
const EXCHANGES = 120;

test('a long conversation is badged near the viewport first, and every reply once scrolled through', async ({ page, shared }) => {
  const conversation = 'long-conversation-e2e';
  await shared.serve('https://chatgpt.com', await longConversationPage(EXCHANGES));
  await page.goto(`https://chatgpt.com/c/${conversation}`);

  // The first reply (in view) is badged; replies many screens below are not read yet.
  await expect(page.locator(`[data-message-id="${replyId(0)}"]`).locator('xpath=ancestor::section').locator(badges(page))).toHaveCount(1);
  await page.waitForTimeout(500);
  const early = await badges(page).count();
  expect(early).toBeGreaterThan(0);
  expect(early).toBeLessThan(EXCHANGES / 2);

  await scrollThrough(page);
  await expect(badges(page)).toHaveCount(EXCHANGES);
  await expect.poll(async () => (await storedRows(shared, conversation)).length).toBe(EXCHANGES);
  const rows = await storedRows(shared, conversation);
  expect(new Set(rows.map((row) => row.message)).size).toBe(EXCHANGES);
  expect(rows.every((row) => row.version === 1)).toBe(true);
});

// Chat sites scroll an inner element, not the page: the content script hears that scrolling too.
test('a long conversation in an inner scroll container is badged as the container scrolls', async ({ page, shared }) => {
  const conversation = 'long-conversation-inner-scroller';
  const exchanges = 60;
  const innerScroller = '<style>html, body { height: 100%; margin: 0; overflow: hidden; } #main { height: 100%; overflow-y: auto; }</style></head>';
  await shared.serve('https://chatgpt.com', (await longConversationPage(exchanges)).replace('</head>', innerScroller));
  await page.goto(`https://chatgpt.com/c/${conversation}`);

  await expect(page.locator(`[data-message-id="${replyId(0)}"]`).locator('xpath=ancestor::section').locator(badges(page))).toHaveCount(1);
  await page.waitForTimeout(500);
  expect(await badges(page).count()).toBeLessThan(exchanges / 2);
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);

  const height = await page.evaluate(() => document.getElementById('main')!.scrollHeight);
  for (let top = 0; top < height; top += 800) {
    await page.evaluate((y) => document.getElementById('main')!.scrollTo(0, y), top);
    await page.waitForTimeout(50);
  }
  await expect(badges(page)).toHaveCount(exchanges);
  await expect.poll(async () => (await storedRows(shared, conversation)).length).toBe(exchanges);
});
