// The same flow as the Chromium walking-skeleton test, in Debian's Firefox ESR driven by
// puppeteer-core over WebDriver BiDi, with the built extension/firefox as a temporary add-on.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(ROOT, 'extension/firefox');
const BADGE = '[data-sycophancy-probe="badge"]';
const UUID = randomUUID();

let browser: Browser;
let demoHtml: string;

before(async () => {
  await access(FIREFOX).catch(() => {
    throw new Error(`Firefox ESR was not found at ${FIREFOX}. Install it with: apt-get install -y firefox-esr`);
  });
  const manifest = JSON.parse(await readFile(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  demoHtml = await readFile(resolve(ROOT, 'scripts/demo/chat.html'), 'utf8');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi open moz-extension:// pages (the popup).
    args: ['--remote-allow-system-access'],
    // A fixed moz-extension:// host for the add-on, so the test can open its pages.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }) },
  });
  await browser.installExtension(EXTENSION_DIR);
});

after(async () => {
  await browser?.close();
});

/** Opens an extension page. puppeteer's BiDi navigation promise never settles for moz-extension://, so don't await it. */
async function openExtensionPage(path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(`moz-extension://${UUID}/${path}`).catch(() => {});
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

test('badges finished replies, stores them in the extension IndexedDB, and the popup counts them', async () => {
  const page = await browser.newPage();
  const foreign: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('https://chatgpt.com/') && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: demoHtml });
      return;
    }
    // The browser itself asks for the page's favicon; anything else was asked for by page or extension.
    if (!/^(moz-extension|data|about|blob):/.test(url) && url !== 'https://chatgpt.com/favicon.ico') foreign.push(url);
    void request.abort();
  });
  await page.goto('https://chatgpt.com/c/firefox-e2e?autostream=0');

  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 3, { timeout: 15_000 }, BADGE);
  const scores = await page.$$eval(BADGE, (badges) => badges.map((b) => Number(b.getAttribute('data-overall'))));
  assert.equal(scores.length, 3);
  assert.ok(scores[0]! >= 50, `flattering reply scored ${scores[0]}`);
  assert.ok(scores[1]! < 25, `plain reply scored ${scores[1]}`);
  assert.equal(await page.$$eval(`[data-turn="user"] ${BADGE}`, (b) => b.length), 0);

  const popup = await openExtensionPage('popup.html', '#reply-count');
  await popup.waitForFunction(() => document.querySelector('#reply-count')?.textContent === '3', { timeout: 15_000 });
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
