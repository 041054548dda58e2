import { siteFixturePage } from '../../fixtures/sites/page.mjs';
import { fixtureCases } from '../../unit/sites/cases';
import { badges, deliveries, expect, squash, storedRows, test } from '../support/sites';

// The synthetic page of each site (test/fixtures/sites) served on the real origin, driven through
// window.__fixture: a reply streams token by token, finishes, is re-rendered, and the page moves
// to another conversation and back, as the site's single-page app does.

const STREAMED = "Great question! You're absolutely right 🎉🎉 — and here is a plain second sentence that keeps going for a while.";
const PROMPT = 'Is my plan good?';

interface Fixture {
  streamReply(text: string, options: { tokensPerTick: number; intervalMs: number; prompt: string }): Promise<void>;
  finishStreaming(): void;
  rerender(): void;
  navigate(path: string, options?: { loadMs?: number }): Promise<void> | void;
}
declare const window: { __fixture: Fixture; streamed: Promise<void> };

function conversationOf(url: string): string {
  return new URL(url).pathname.split('/').at(-1)!;
}

// Self-hosted UIs run on origins the user adds; their content script is registered at run time.
for (const { site, url, userTexts, model, otherPath } of fixtureCases.filter((c) => !c.selfHosted)) {
  test(`${site}: badges finished replies only, pairs each with its user turn, and never twice`, async ({ page, shared }) => {
    const conversation = conversationOf(url);
    const host = new URL(url).origin;
    await shared.serve(host, siteFixturePage(site));
    await page.goto(url);

    // The finished replies on the opened page: one badge and one delivery each, with its user turn.
    await expect(badges(page)).toHaveCount(userTexts.length);
    await expect.poll(async () => (await deliveries(shared, conversation)).length).toBe(userTexts.length);
    const opened = await deliveries(shared, conversation);
    expect(opened.map((r) => squash(r.userText))).toEqual(userTexts);
    expect(opened.every((r) => r.site === site && r.model === model)).toBe(true);

    // Mid-stream, and with all the text written but the site still streaming: no badge yet.
    await page.evaluate(([text, prompt]) => {
      window.streamed = window.__fixture.streamReply(text, { tokensPerTick: 1, intervalMs: 30, prompt });
    }, [STREAMED, PROMPT] as const);
    await page.waitForTimeout(250);
    await expect(badges(page)).toHaveCount(userTexts.length);
    await page.evaluate(() => window.streamed);
    await page.waitForTimeout(250);
    await expect(badges(page)).toHaveCount(userTexts.length);

    await page.evaluate(() => window.__fixture.finishStreaming());
    await expect(badges(page)).toHaveCount(userTexts.length + 1);
    await expect.poll(async () => (await deliveries(shared, conversation)).length).toBe(userTexts.length + 1);
    const streamed = (await deliveries(shared, conversation)).at(-1)!;
    expect(streamed).toMatchObject({ userText: PROMPT, text: STREAMED, model });

    // A re-mount of every turn, then another conversation and Back: the same badges, nothing stored twice.
    await page.evaluate(() => window.__fixture.rerender());
    await page.waitForTimeout(300);
    await expect(badges(page)).toHaveCount(userTexts.length + 1);

    // The URL changes first and the other conversation renders later: the old turns still on
    // screen meanwhile are not the new conversation's replies.
    const other = conversationOf(new URL(otherPath, url).href);
    await page.evaluate((path) => window.__fixture.navigate(path, { loadMs: 400 }), otherPath);
    await expect(badges(page)).toHaveCount(2);
    await expect.poll(async () => (await deliveries(shared, other)).length).toBe(2);
    expect((await deliveries(shared, other)).every((r) => r.userText !== null && r.model === model)).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL(url);
    await expect(badges(page)).toHaveCount(userTexts.length + 1);
    await page.waitForTimeout(300);
    await expect(badges(page)).toHaveCount(userTexts.length + 1);

    expect(await deliveries(shared, conversation)).toHaveLength(userTexts.length + 1);
    expect(await deliveries(shared, other)).toHaveLength(2);
    const rows = await storedRows(shared, conversation);
    expect(rows).toHaveLength(userTexts.length + 1);
    expect(rows.every((row) => row.version === 1 && row.site === site && row.model === model)).toBe(true);
  });
}

test('a new chat is badged at once and stored when the site gives it its conversation URL', async ({ page, shared }) => {
  const chatgpt = fixtureCases.find((c) => c.site === 'chatgpt')!;
  await shared.serve('https://chatgpt.com', siteFixturePage('chatgpt'));
  await page.goto('https://chatgpt.com/');
  // A page that names no conversation yet: badges, but nothing stored under a made-up id.
  await expect(badges(page)).toHaveCount(chatgpt.userTexts.length);
  await page.evaluate(() => window.__fixture.streamReply('Sure, here is a plain answer.', { tokensPerTick: 2, intervalMs: 20, prompt: 'Hi' }));
  await page.evaluate(() => {
    window.__fixture.finishStreaming();
    // ChatGPT moves to the new conversation's URL once it has one, and lists it in the sidebar.
    history.replaceState({}, '', '/c/new-chat-e2e');
    document.body.setAttribute('data-sidebar-updated', '');
  });
  await expect(badges(page)).toHaveCount(chatgpt.userTexts.length + 1);
  await expect.poll(async () => (await deliveries(shared, 'new-chat-e2e')).length).toBe(chatgpt.userTexts.length + 1);
  expect((await deliveries(shared, 'new-chat-e2e')).at(-1)).toMatchObject({ userText: 'Hi', text: 'Sure, here is a plain answer.' });
});
