// A self-hosted chat end to end in Firefox ESR: the user adds an Open WebUI origin in the options,
// grants its host permission (Firefox can skip the prompt by a pref; the grant still goes through
// permissions.request from the click), the background registers the content script there, and the
// synthetic Open WebUI page served on that origin gets its badges; removing the origin stops it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { siteFixturePage } from '../../fixtures/sites/page.mjs';
import { BADGE, useFirefoxWithExtension, waitInExtensionPage } from './support';

const ORIGIN = 'https://chat.example.org';
const CONVERSATION = `${ORIGIN}/c/0f1e2d3c-4b5a-4968-8776-655443322110`;

const firefox = useFirefoxWithExtension({ 'extensions.webextOptionalPermissionPrompts': false });

/** A tab whose navigations to ORIGIN get the Open WebUI fixture; nothing else is answered. */
async function chatTab(): Promise<Page> {
  const page = await firefox.browser.newPage();
  const html = siteFixturePage('open-webui');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${ORIGIN}/`) && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else void request.abort();
  });
  return page;
}

const countOf = (page: Page, selector: string) => page.$$eval(selector, (found) => found.length);

interface ExtensionPageGlobals {
  browser: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
}

/** The content-script patterns the background has registered, read from an extension page. */
const registered = (page: Page) =>
  page.evaluate(async () => (await (globalThis as unknown as ExtensionPageGlobals).browser.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []));

/** Opens the conversation again and gives the content script time to badge what it finds. */
async function badgesAfterLoad(page: Page, expected: number): Promise<number> {
  await page.goto(CONVERSATION);
  await page.waitForFunction((selector, want) => document.querySelectorAll(selector).length === want, { timeout: 10_000 }, BADGE, expected).catch(() => undefined);
  // A page that should stay bare is watched a while longer: badges come at document_idle plus a settle.
  if (expected === 0) await new Promise((settle) => setTimeout(settle, 2_000));
  return countOf(page, BADGE);
}

test('an added Open WebUI origin gets badges once its permission is granted, and none after it is removed', async () => {
  const page = await chatTab();
  await page.goto(CONVERSATION);
  const replies = await countOf(page, '.chat-assistant');
  assert.ok(replies >= 2, `the fixture shows ${replies} replies`);
  assert.equal(await badgesAfterLoad(page, 0), 0, 'an origin the user never added got badges');

  const options = await firefox.openExtensionPage('options.html', '#custom-origin-address');
  await options.type('#custom-origin-address', ORIGIN);
  await options.select('#custom-origin-site', 'open-webui');
  await options.click('#custom-origins button[type="submit"]');
  await waitInExtensionPage(options, (origin) => document.querySelector('.custom-origin-list')?.textContent?.includes(origin), ORIGIN);

  await waitInExtensionPage(options, async () => (await (globalThis as unknown as ExtensionPageGlobals).browser.scripting.getRegisteredContentScripts()).length === 1);
  assert.deepEqual(await registered(options), [`${ORIGIN}/*`]);
  assert.equal(await badgesAfterLoad(page, replies), replies);
  assert.equal(await countOf(page, `.chat-user ${BADGE}`), 0);

  await options.click(`#custom-origins button[aria-label$="${ORIGIN}"]`);
  await waitInExtensionPage(options, () => !document.querySelector('.custom-origin-list'));
  await waitInExtensionPage(options, async () => (await (globalThis as unknown as ExtensionPageGlobals).browser.scripting.getRegisteredContentScripts()).length === 0);
  assert.equal(await badgesAfterLoad(page, 0), 0, 'the removed origin still got badges');
});
