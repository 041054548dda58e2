// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built
// extension/firefox installed as a temporary add-on at a fixed moz-extension:// host.
import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(ROOT, 'extension/firefox');

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens an extension page and waits for `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
}

export async function launchFirefoxWithExtension(prefs: Record<string, unknown> = {}): Promise<FirefoxWithExtension> {
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
      const page = await browser.newPage();
      // puppeteer's BiDi navigation promise never settles for moz-extension://, so it is not awaited.
      page.goto(`moz-extension://${uuid}/${path}`).catch(() => {});
      await waitForSelectorAcrossNavigation(page, ready);
      return page;
    },
  };
}

/**
 * waitForSelector on a page that is still navigating: a query that lands while the old document
 * is being replaced fails with a protocol error instead of waiting, so it is asked again.
 */
async function waitForSelectorAcrossNavigation(page: Page, selector: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() >= deadline || !causedByProtocolError(error)) throw error;
    }
  }
}

function causedByProtocolError(error: unknown): boolean {
  for (let at = error; at instanceof Error; at = at.cause) if (at.name === 'ProtocolError') return true;
  return false;
}
