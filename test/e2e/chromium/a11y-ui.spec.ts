import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BADGE, expect, ROOT, test } from '../support/extension';
import { badgeView, chatTabId, mirrorOpenCard, openDemo } from '../support/ui';

const EXPORT = resolve(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Serious and critical violations, one line each, so a failure says what and where. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, options and the open badge card have no serious accessibility violations (${scheme})`, async ({ context, extensionId, serve, serviceWorker }) => {
    const page = await openDemo(context, serve);
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator(BADGE)).toHaveCount(3);
    await page.locator(BADGE).first().hover({ position: { x: 30, y: 12 } });
    await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
    expect(await seriousViolations(page, await mirrorOpenCard(page, 0))).toEqual([]);

    // The popup about the chat tab (site status and pause button shown) and the options page.
    for (const path of [`popup.html?tab=${await chatTabId(serviceWorker)}`, 'options.html']) {
      const extensionPage = await context.newPage();
      await extensionPage.emulateMedia({ colorScheme: scheme });
      await extensionPage.goto(`chrome-extension://${extensionId}/${path}`);
      await expect(extensionPage.locator('h1')).toBeVisible();
      if (path.startsWith('popup')) await expect(extensionPage.locator('#pause-toggle')).toBeVisible();
      expect(await seriousViolations(extensionPage), path).toEqual([]);
      await extensionPage.close();
    }
  });
}

test('the badge pill itself has no serious accessibility violations', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  // Copy the closed pill (not the card) into an open root, as for the card.
  await page.locator(BADGE).first().hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
  const mirror = await mirrorOpenCard(page, 0);
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    (root.querySelector('.card') as HTMLElement).hidePopover();
  }, mirror);
  expect(await seriousViolations(page, mirror)).toEqual([]);
});

test('the report and history pages, with an import summary shown, have no serious accessibility violations, in English and German', async ({ context, extensionId, serviceWorker }) => {
  const built = await access(resolve(ROOT, 'extension/chrome/report.html')).then(
    () => true,
    () => false,
  );
  test.skip(!built, 'report.html is not part of this build');
  const page = await context.newPage();
  for (const language of ['en', 'de']) {
    await serviceWorker.evaluate((code) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ uiLanguage: code }), language);
    for (const path of ['report.html', 'history.html']) {
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      // The import's summary (and, the second time round, its "already stored" counts) on screen too.
      await page.getByTestId('import-file').setInputFiles(EXPORT);
      await expect(page.getByTestId('job-result')).toBeVisible();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(page), `${path} ${language} ${scheme}`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }
});
