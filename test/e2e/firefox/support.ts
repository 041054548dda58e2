// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built
// extension/firefox installed as a temporary add-on at a fixed moz-extension:// host.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(ROOT, 'extension/firefox');

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens an extension page and waits for `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
}

/**
 * The Firefox a test file's tests share: launched with `prefs` before the file's first test, closed
 * after its last. Call it at the top level of the file; the handle is usable inside the tests.
 */
export function useFirefoxWithExtension(prefs: Record<string, unknown> = {}): FirefoxWithExtension {
  let firefox: FirefoxWithExtension | undefined;
  before(async () => {
    firefox = await launchFirefoxWithExtension(prefs);
  });
  after(async () => {
    await firefox?.browser.close();
  });
  const launched = () => firefox ?? assert.fail('Firefox is launched in before(): use it inside a test');
  return {
    get browser() {
      return launched().browser;
    },
    openExtensionPage: (path, ready) => launched().openExtensionPage(path, ready),
  };
}

async function launchFirefoxWithExtension(prefs: Record<string, unknown>): Promise<FirefoxWithExtension> {
  await access(FIREFOX).catch(() => {
    throw new Error(`Firefox ESR was not found at ${FIREFOX}. Install it with: apt-get install -y firefox-esr`);
  });
  const manifest = JSON.parse(await readFile(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi open moz-extension:// pages (the popup).
    args: ['--remote-allow-system-access'],
    // A fixed moz-extension:// host for the add-on, so the test can open its pages.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }), ...prefs },
  });
  await browser.installExtension(EXTENSION_DIR);
  return {
    browser,
    async openExtensionPage(path, ready) {
      const url = `moz-extension://${uuid}/${path}`;
      // Now and then a tab's script realm goes stale while it navigates from about:blank to the
      // extension page, and every query in it fails with a protocol error: a new tab is opened then.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        // puppeteer's BiDi navigation promise never settles for moz-extension://, so it is not awaited.
        page.goto(url).catch(() => {});
        try {
          await page.waitForSelector(ready, { timeout: 10_000 });
          return page;
        } catch (error) {
          if (attempt === 3 || !causedByProtocolError(error)) throw error;
          await page.close().catch(() => {});
        }
      }
    },
  };
}

/**
 * Waits until `predicate` is true in an extension page. Not `page.waitForFunction`: puppeteer
 * builds the predicate with `new Function` inside the page, which the extension pages' CSP blocks
 * (Firefox ESR 140.12 enforces it on BiDi's evaluations), while `evaluate` is allowed.
 */
export async function waitInExtensionPage<Args extends unknown[]>(
  page: Page,
  predicate: (...args: Args) => unknown,
  ...args: Args
): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (await page.evaluate(predicate as (...args: unknown[]) => unknown, ...args)) return;
    if (Date.now() > deadline) assert.fail(`timed out after 15 s waiting in ${page.url()} for: ${predicate.toString()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

export const BADGE = '[data-sycophancy-probe="badge"]';

/**
 * Opens `url` on chatgpt.com in a new tab with the bundled demo chat served for every navigation
 * there, so the real content script matches. Every other request is aborted and, but for the
 * browser's own favicon fetch, listed in `foreign` (the page and the extension must make none).
 */
export async function openDemoChat(browser: Browser, url: string): Promise<{ page: Page; foreign: string[] }> {
  const demoHtml = await readFile(resolve(ROOT, 'scripts/demo/chat.html'), 'utf8');
  const page = await browser.newPage();
  const foreign: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const requested = request.url();
    if (requested.startsWith('https://chatgpt.com/') && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: demoHtml });
      return;
    }
    if (!/^(moz-extension|data|about|blob):/.test(requested) && requested !== 'https://chatgpt.com/favicon.ico') foreign.push(requested);
    void request.abort();
  });
  await page.goto(url);
  return { page, foreign };
}

function causedByProtocolError(error: unknown): boolean {
  for (let at = error; at instanceof Error; at = at.cause) if (at.name === 'ProtocolError') return true;
  return false;
}
