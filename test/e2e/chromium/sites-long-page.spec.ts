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
