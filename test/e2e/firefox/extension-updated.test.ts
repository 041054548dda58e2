// An update with a chat tab open, in Firefox ESR: Firefox injects the new version's content script
// into open tabs, while the old one's badges stay in the page. The new script must take them over
// (one badge per reply, not two) and score new replies. (Installing the same add-on again is the
// update here.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BADGE, EXTENSION_DIR, openDemoChat, useFirefoxWithExtension } from './support';

const firefox = useFirefoxWithExtension();

test('after an update, an open chat tab has one badge per reply and new replies are badged', async () => {
  const { page, foreign } = await openDemoChat(firefox.browser, 'https://chatgpt.com/c/firefox-update?autostream=0');
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 3, { timeout: 15_000 }, BADGE);
  const before = await page.$$eval(BADGE, (badges) => badges.map((b) => b.getAttribute('data-overall')));

  await firefox.browser.installExtension(EXTENSION_DIR);
  // The new script badges the replies again; the old badges are gone, not doubled.
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 3 && [...document.querySelectorAll(selector)].every((b) => b.isConnected), { timeout: 15_000 }, BADGE);
  await new Promise((done) => setTimeout(done, 2_000));
  assert.equal(await page.$$eval(BADGE, (badges) => badges.length), 3);
  assert.deepEqual(await page.$$eval(BADGE, (badges) => badges.map((b) => b.getAttribute('data-overall'))), before);

  await page.evaluate(() => {
    const demo = (window as unknown as { __demo: { addUserTurn(text: string): void; streamReply(text: string, options: { intervalMs: number }): Promise<void> } }).__demo;
    demo.addUserTurn('Is my plan good?');
    return demo.streamReply('What a brilliant plan! You are a genius. 🎉🎉🎉', { intervalMs: 30 });
  });
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 4, { timeout: 15_000 }, BADGE);
  assert.equal(await page.$$eval(`${BADGE}[data-outdated]`, (badges) => badges.length), 0);
  assert.deepEqual(foreign, []);
});
