// The same flow as the Chromium walking-skeleton test, in Debian's Firefox ESR driven by
// puppeteer-core over WebDriver BiDi, with the built extension/firefox as a temporary add-on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BADGE, openDemoChat, useFirefoxWithExtension, waitInExtensionPage } from './support';

const firefox = useFirefoxWithExtension();

test('badges finished replies, stores them in the extension IndexedDB, and the popup counts them', async () => {
  const { page, foreign } = await openDemoChat(firefox.browser, 'https://chatgpt.com/c/firefox-e2e?autostream=0');

  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 3, { timeout: 15_000 }, BADGE);
  const scores = await page.$$eval(BADGE, (badges) => badges.map((b) => Number(b.getAttribute('data-overall'))));
  assert.equal(scores.length, 3);
  assert.ok(scores[0]! >= 50, `flattering reply scored ${scores[0]}`);
  assert.ok(scores[1]! < 25, `plain reply scored ${scores[1]}`);
  assert.equal(await page.$$eval(`[data-turn="user"] ${BADGE}`, (b) => b.length), 0);

  const popup = await firefox.openExtensionPage('popup.html', '#reply-count');
  await waitInExtensionPage(popup, () => document.querySelector('#reply-count')?.textContent === '3');
  const rows = await popup.evaluate(
    () =>
      new Promise<{ message: string; site: string; conversation: string; overall: number }[]>((done, fail) => {
        const open = indexedDB.open('sycophancy-probe');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('replies').objectStore('replies').getAll();
          request.onsuccess = () => done(request.result);
        };
      }),
  );
  assert.deepEqual(rows.map((r) => r.message).sort(), ['demo-assistant-1', 'demo-assistant-2', 'demo-assistant-3']);
  assert.ok(rows.every((r) => r.site === 'chatgpt' && r.conversation === 'firefox-e2e'));
  assert.equal(rows.find((r) => r.message === 'demo-assistant-1')?.overall, scores[0]);
  assert.deepEqual(foreign, []);
});
