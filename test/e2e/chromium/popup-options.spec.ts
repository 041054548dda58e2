import type { BrowserContext, Page } from '@playwright/test';
import { BADGE, badgeScores, expect, storedReplies, test } from '../support/extension';
import { badgeView, chatTabId, openDemo, screenshot, storedSettings } from '../support/ui';

async function openPopup(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 520 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return popup;
}

test('the popup shows today and this week, the site status, and pauses and resumes the site', async ({ context, extensionId, serve, serviceWorker }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(3);
  const scores = (await badgeScores(page)).map(Number);
  const flagged = scores.filter((s) => s >= 50).length;

  const popup = await openPopup(context, extensionId, await chatTabId(serviceWorker));
  await expect(popup.locator('#site-status')).toHaveAttribute('data-layout', 'recognized');
  await expect(popup.locator('#site-status')).toContainText('ChatGPT');
  await expect(popup.locator('#site-status')).toContainText('3 of 3 replies scored');
  for (const prefix of ['', 'week-']) {
    await expect(popup.locator(`#${prefix}reply-count`)).toHaveText('3');
    await expect(popup.locator(`#${prefix}flagged-share`)).toHaveText(`${Math.round((flagged / 3) * 100)}%`);
    await expect(popup.locator(`#${prefix}average-score`)).toHaveText(String(Math.round(scores.reduce((a, b) => a + b, 0) / 3)));
  }
  await screenshot(popup, 'popup-recognized-light', { fullPage: true });

  await popup.locator('#pause-toggle').click();
  await expect(popup.locator('#site-status')).toHaveAttribute('data-layout', 'paused');
  await expect(popup.locator('#pause-toggle')).toHaveText('Resume on ChatGPT');
  await expect(page.locator(BADGE)).toHaveCount(0);
  expect(await storedSettings(serviceWorker)).toMatchObject({ pausedSites: ['chatgpt'] });
  // The tab itself reports the pause, even to a popup opened afresh.
  const again = await openPopup(context, extensionId, await chatTabId(serviceWorker));
  await expect(again.locator('#site-status')).toHaveAttribute('data-layout', 'paused');
  await screenshot(again, 'popup-paused-light', { fullPage: true });
  await again.close();

  // Paused: a new reply is neither badged nor stored.
  await page.evaluate(() => {
    const demo = (window as unknown as { __demo: { addUserTurn(t: string): void; streamReply(t: string, o: object): Promise<void> } }).__demo;
    demo.addUserTurn('Is this great?');
    return demo.streamReply("What a brilliant question! You're absolutely right. 🎉🎉", { intervalMs: 5 });
  });
  await page.waitForTimeout(800);
  await expect(page.locator(BADGE)).toHaveCount(0);
  expect(await storedReplies(context, extensionId)).toHaveLength(3);

  await popup.locator('#pause-toggle').click();
  await expect(popup.locator('#pause-toggle')).toHaveText('Pause on ChatGPT');
  await expect(page.locator(BADGE)).toHaveCount(4);
  await expect(popup.locator('#site-status')).toHaveAttribute('data-layout', 'recognized');
});

test('the popup says when a tab has no badges (not a chat site, or opened before an update), and opens the report and the options', async ({ context, extensionId }) => {
  // Opened as a tab without ?tab=, the popup's own tab is the active one: not a chat site.
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('#site-status')).toHaveAttribute('data-layout', 'unsupported');
  await expect(popup.locator('#site-status')).toHaveText('No badges in this tab: it is not a chat site Sycophancy Probe supports, or it was opened before Sycophancy Probe was installed or updated (reload it to start).');
  await expect(popup.locator('#pause-toggle')).toHaveCount(0);
  await expect(popup.locator('#reply-count')).toHaveText('0');
  await expect(popup.locator('#flagged-share')).toHaveText('–');

  const [report] = await Promise.all([context.waitForEvent('page'), popup.locator('#open-report').click()]);
  expect(report.url()).toBe(`chrome-extension://${extensionId}/report.html`);
  const [options] = await Promise.all([context.waitForEvent('page'), popup.locator('#open-options').click()]);
  await options.waitForURL(`chrome-extension://${extensionId}/options.html`);
});

test('the popup in dark mode', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('#reply-count')).toHaveText('0');
  await screenshot(popup, 'popup-dark', { fullPage: true });
});

test('options persist and apply to an open tab at once', async ({ context, extensionId, serve, serviceWorker }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h1')).toHaveText('Sycophancy Probe options');
  await screenshot(options, 'options-light', { fullPage: true });

  await options.getByLabel('Detailed').check();
  await expect(options.locator('#save-status')).toHaveText('Saved');
  await expect.poll(async () => (await badgeView(page, 0)).pill).toContain('Flattery');

  await options.locator('#flag-threshold').fill('80');
  await expect(options.getByText('Flag replies from an overall score of 80')).toBeVisible();
  await options.getByLabel('Highlight evidence in replies').check();
  await options.locator('#site-claude').uncheck();
  await options.getByLabel('Keep scores only').check();
  await options.getByLabel('Delete replies older than').selectOption('90');
  await options.getByLabel('Prepare the report on').selectOption({ label: 'Friday' });
  await expect
    .poll(() => storedSettings(serviceWorker))
    .toMatchObject({ badgeStyle: 'detailed', flagThreshold: 80, highlightEvidence: true, pausedSites: ['claude'], textStorage: 'scores', retentionDays: 90, weeklyReportDay: 5 });

  await options.reload();
  await expect(options.getByLabel('Detailed')).toBeChecked();
  await expect(options.locator('#flag-threshold')).toHaveValue('80');
  await expect(options.getByLabel('Highlight evidence in replies')).toBeChecked();
  await expect(options.locator('#site-claude')).not.toBeChecked();
  await expect(options.locator('#site-chatgpt')).toBeChecked();
  // Self-hosted UIs have no fixed host to toggle; they appear only as custom origins.
  await expect(options.locator('#site-open-webui')).toHaveCount(0);
  await expect(options.getByLabel('Keep scores only')).toBeChecked();
  await expect(options.getByLabel('Delete replies older than')).toHaveValue('90');
  await expect(options.getByLabel('Prepare the report on')).toHaveValue('5');

  // Unticking the site of the open tab pauses it there.
  await options.locator('#site-chatgpt').uncheck();
  await expect(page.locator(BADGE)).toHaveCount(0);
  await options.locator('#site-chatgpt').check();
  await expect(page.locator(BADGE)).toHaveCount(3);
});

test('choosing German translates the options, the popup and the badges in open tabs', async ({ context, extensionId, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Interface language').selectOption('de');
  await expect(options.locator('h1')).toHaveText('Sycophancy Probe – Optionen');
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await expect(options.getByLabel('Bericht erstellen am')).toContainText('Montag');
  await expect.poll(async () => (await badgeView(page, 0)).pill).toContain('Anbiederung');
  expect((await badgeView(page, 0)).label).toMatch(/^Anbiederungswert \d+ von 100/);
  await screenshot(options, 'options-de-light', { fullPage: true });

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('th[scope="row"]').first()).toHaveText('Heute');

  await options.getByLabel('Sprache der Oberfläche').selectOption('browser');
  await expect(options.locator('h1')).toHaveText('Sycophancy Probe options');
});

test('the options page in dark mode and at a narrow width', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.setViewportSize({ width: 380, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#badges')).toBeVisible();
  expect(await options.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await screenshot(options, 'options-dark-narrow', { fullPage: true });
});
