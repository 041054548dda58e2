// The report page imports a data export itself (the history page's worker, progress, cancel and
// summary) and shows the imported replies in the report; a malformed file writes nothing. The
// genuine ChatGPT export's 8 replies are from 21–22 Sep 2023 (UTC), ISO week 2023-W38.
import type { Page } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, ROOT, storedReplies, test } from '../support/extension';
import { writeLargeExport } from '../support/history';
import { SCREENSHOTS } from '../support/report';

const EXPORT = resolve(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json');

async function openReport(page: Page, extensionId: string, query: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/report.html${query}`);
  await expect(page.locator('.page')).toHaveAttribute('data-state', 'ready');
}

/** Notes, from before the file is picked, every progress bar the page shows and the furthest it got. */
async function watchProgress(page: Page): Promise<() => Promise<{ shown: boolean; furthest: number; max: number }>> {
  await page.evaluate(() => {
    const seen = { shown: false, furthest: 0, max: 0 };
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="job-progress"] progress');
      if (!bar) return;
      seen.shown = true;
      seen.furthest = Math.max(seen.furthest, Number(bar.getAttribute('value') ?? 0));
      seen.max = Math.max(seen.max, Number(bar.getAttribute('max') ?? 0));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: { shown: boolean; furthest: number; max: number } }).progressSeen);
}

test('importing on the report page shows its progress, its summary, and the imported week in the report', async ({ context, extensionId, network }) => {
  const page = await context.newPage();
  await openReport(page, extensionId, '?week=2023-W38&zone=UTC');
  await expect(page.getByRole('heading', { name: 'Nothing to report this week' })).toBeVisible();

  const progress = await watchProgress(page);
  await page.getByTestId('import-file').setInputFiles(EXPORT);
  const result = page.getByTestId('job-result');
  await expect(result).toContainText('Imported chatgpt-conversations-codeinterpreter-2023-09.json:');
  await expect(result).toContainText('8 new replies added, 0 already in your history (8 replies in 1 conversation).');
  await expect(result.getByTestId('skipped')).toContainText('11 × tool message (code output, browsing, reasoning)');
  // The bar was shown while the worker read the file, and ran to its end.
  const { size } = await stat(EXPORT);
  expect(await progress()).toEqual({ shown: true, furthest: size, max: size });
  await expect(page.getByTestId('job-progress')).toHaveCount(0);
  await page.locator('.toolbar').screenshot({ path: `${SCREENSHOTS}/report-import-done.png` });

  // The report on screen was read again: the week now holds the 8 replies.
  await expect(page.locator('.page')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h1')).toHaveText('Week 38, 2023');
  await expect(page.locator('.kpi .value').first()).toHaveText('8');
  await expect(page.getByRole('heading', { name: 'Nothing to report this week' })).toHaveCount(0);
  // Already on the imported week: no button to go there.
  await expect(page.locator('#show-imported-week')).toHaveCount(0);
  expect(await storedReplies(context, extensionId)).toHaveLength(8);
  expect(network.foreign).toEqual([]);
});

test('from another week, the summary offers the newest imported week, and importing again adds nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openReport(page, extensionId, '?week=2026-W47&zone=UTC');
  await page.getByTestId('import-file').setInputFiles(EXPORT);
  await expect(page.getByTestId('added')).toHaveText('8');

  await page.getByRole('button', { name: 'Show Week 38, 2023, the newest imported' }).click();
  await expect(page.locator('h1')).toHaveText('Week 38, 2023');
  expect(new URL(page.url()).searchParams.get('week')).toBe('2023-W38');
  await expect(page.locator('.kpi .value').first()).toHaveText('8');

  await page.getByTestId('import-file').setInputFiles(EXPORT);
  await expect(page.getByTestId('already-stored')).toHaveText('8');
  await expect(page.getByTestId('added')).toHaveText('0');
  await expect(page.locator('.kpi .value').first()).toHaveText('8');
  expect(await storedReplies(context, extensionId)).toHaveLength(8);
});

test('an import on the report page can be cancelled, and then nothing is written', async ({ context, extensionId }, testInfo) => {
  const path = testInfo.outputPath('conversations.json');
  await writeLargeExport(await readFile(EXPORT, 'utf8'), path, 400);
  const page = await context.newPage();
  await openReport(page, extensionId, '?week=2023-W38&zone=UTC');
  await page.getByTestId('import-file').setInputFiles(path);
  await expect(page.getByTestId('job-progress')).toContainText('conversations');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('job-error')).toHaveText('conversations.json: Cancelled. Nothing was written.');
  expect(await storedReplies(context, extensionId)).toHaveLength(0);
  await expect(page.getByRole('heading', { name: 'Nothing to report this week' })).toBeVisible();
});

test('a malformed export on the report page gets a message saying what and where, and nothing is written', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openReport(page, extensionId, '?week=2023-W38&zone=UTC');
  // The genuine conversation, then a broken one: the first alone would import.
  const genuine = JSON.parse(await readFile(EXPORT, 'utf8'));
  const broken = [...genuine, { id: 'c2', title: 'Broken', mapping: { a1: { id: 'a1', message: { id: 'a1', content: {} } } } }];
  await page.getByTestId('import-file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const error = page.getByTestId('job-error');
  await expect(error).toContainText('Could not import: conversations.json: conversation 2 (id c2)');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('job-result')).toHaveCount(0);

  await page.getByTestId('import-file').setInputFiles({ name: 'photo.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') });
  await expect(error).toContainText('Could not import: photo.zip');

  expect(await storedReplies(context, extensionId)).toHaveLength(0);
  await expect(page.locator('.page')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { name: 'Nothing to report this week' })).toBeVisible();
  await page.locator('.toolbar').screenshot({ path: `${SCREENSHOTS}/report-import-error.png` });
});

test('with German chosen in the options, the report page, its import, the report itself and its exports speak German', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ uiLanguage: 'de' }));
  const page = await context.newPage();
  await openReport(page, extensionId, '?week=2023-W38&zone=UTC');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Anbiederungsbericht · Woche 38, 2023');
  await expect(page.locator('#previous-period')).toHaveText('← Vorige Woche');
  await expect(page.locator('#notify-button')).toHaveText('Benachrichtige mich, wenn der Wochenbericht fertig ist');
  await expect(page.locator('.report-body')).toHaveAttribute('lang', 'de');
  await expect(page.locator('.report-body h1')).toHaveText('Woche 38, 2023');
  await expect(page.locator('.headline')).toHaveText('Es wurde in Woche 38 keine Antwort bewertet.');
  await expect(page.getByRole('heading', { name: 'Nichts zu berichten – diese Woche' })).toBeVisible();

  await page.getByTestId('import-file').setInputFiles(EXPORT);
  await expect(page.getByTestId('job-result')).toContainText('8 neue Antworten hinzugefügt, 0 schon im Verlauf (8 Antworten in 1 Unterhaltung).');
  await expect(page.locator('.kpi .value').first()).toHaveText('8');
  await expect(page.locator('.headline')).toContainText('8 in Woche 38 bewerteten Antworten');
  await expect(page.getByRole('heading', { name: 'Tag für Tag' })).toBeVisible();
  await expect(page.locator('.report-body')).not.toContainText('replies');
  await page.locator('.toolbar').screenshot({ path: `${SCREENSHOTS}/report-import-de.png` });

  // The exports follow the page: the Markdown in German, the CSV's header row stays machine names.
  const exported = async (label: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
    return readFile((await download.path())!, 'utf8');
  };
  const markdown = await exported('Markdown');
  expect(markdown).toMatch(/^# Anbiederungsbericht · Woche 38, 2023\n/);
  expect(markdown).toContain('## Tag für Tag');
  expect(await exported('CSV')).toMatch(/^time_utc,local_time,site,/);
});
