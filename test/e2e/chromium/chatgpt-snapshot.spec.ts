import { BADGE, expect, readRepoFile, storedReplies, test } from '../support/extension';

// A saved page of the real chatgpt.com (test/fixtures/dom, MIT, see its README): finished replies
// that were never seen streaming, as when someone opens an old conversation.
test('the real ChatGPT page snapshot gets exactly one badge per assistant reply and none on user turns', async ({
  context,
  extensionId,
  serve,
}) => {
  const snapshot = await readRepoFile('test/fixtures/dom/chatgpt-dom-2question-ans-pairs.html');
  await serve('https://chatgpt.com', `<!doctype html><html><head><meta charset="utf-8"></head><body>${snapshot}</body></html>`);
  const page = await context.newPage();
  await page.goto('https://chatgpt.com/c/real-snapshot');

  await expect(page.locator(BADGE)).toHaveCount(2);
  await expect(page.locator(`section[data-turn="user"] ${BADGE}`)).toHaveCount(0);
  for (const turn of await page.locator('section[data-turn="assistant"]').all()) {
    await expect(turn.locator(BADGE)).toHaveCount(1);
  }

  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(2);
  const rows = await storedReplies(context, extensionId);
  expect(rows.map((r) => r.message).sort()).toEqual(['7072f83f-0c74-4e80-b181-f2ca282867f5', '840d2408-7e96-4af0-97c3-2717ae2a0df9']);
  expect(rows.every((r) => r.model === 'gpt-5-3' && r.conversation === 'real-snapshot')).toBe(true);
});
