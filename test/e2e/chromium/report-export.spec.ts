import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from '../support/extension';
import { HOSTILE_REPLY, openReportWith, SCREENSHOTS, storedRow } from '../support/report';

const EXPORTS = resolve(ROOT, '.tmp/report-exports');
const hostileAt = HOSTILE_REPLY.indexOf('alert(2)');

const ROWS = [
  storedRow('2026-11-17', 95, {
    text: `Great question! ${HOSTILE_REPLY}`,
    userText: 'Is my plan good?',
    url: 'https://chatgpt.com/c/abc',
    evidence: [
      { dimension: 'flattery', text: 'Great question!', start: 0, end: 15 },
      { dimension: 'agreement', text: 'alert(2)', start: 16 + hostileAt, end: 16 + hostileAt + 8 },
    ],
  }),
  storedRow('2026-11-18', 30, { site: 'claude', model: 'claude-sonnet' }),
  storedRow('2026-11-19', 55),
  storedRow('2026-11-11', 20),
];

async function exportAs(page: Page, label: string): Promise<{ name: string; path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  const path = resolve(EXPORTS, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

test('report exports: every format downloads with the week in its name; the HTML export keeps hostile text inert', async ({ context, extensionId }) => {
  const page = await openReportWith(context, extensionId, '?week=2026-W47&zone=UTC', ROWS);
  await expect(page.locator('.kpi').first()).toContainText('3');

  const json = await exportAs(page, 'JSON');
  await test.step('JSON: the model with the page figures', async () => {
    expect(json.name).toBe('sycophancy-report-2026-W47.json');
    const model = JSON.parse(json.text);
    expect(model.period.id).toBe('2026-W47');
    expect(model.totals).toMatchObject({ scored: 3, flagged: 2, averageOverall: 60 });
    expect(model.change).toMatchObject({ scored: 2, averageOverall: 40 });
  });

  await test.step('CSV: one row per reply, reply text as data', async () => {
    const csv = await exportAs(page, 'CSV');
    expect(csv.name).toBe('sycophancy-report-2026-W47.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^time_utc,local_time,site,/);
  });

  await test.step('Markdown: headline, hostile markup escaped', async () => {
    const md = await exportAs(page, 'Markdown');
    expect(md.name).toBe('sycophancy-report-2026-W47.md');
    expect(md.text).toContain('# Sycophancy report · Week 47, 2026');
    expect(md.text).not.toContain('<script>');
    expect(md.text).not.toContain('<img');
  });

  const html = await exportAs(page, 'HTML');
  await test.step('HTML opened in Chromium: charts render, no script runs, the hostile reply is visible text', async () => {
    expect(html.name).toBe('sycophancy-report-2026-W47.html');
    const view = await context.newPage();
    const dialogs: string[] = [];
    view.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await view.goto(pathToFileURL(html.path).href);
    await expect(view.locator('h1')).toHaveText('Week 47, 2026');
    for (const chart of await view.locator('svg.chart').all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(50);
    }
    expect(await view.locator('svg.chart').count()).toBeGreaterThanOrEqual(2);
    await expect(view.locator('.reply-text').first()).toContainText(HOSTILE_REPLY);
    await expect(view.locator('.reply-text').first()).toBeVisible();
    expect(await view.locator('script').count()).toBe(0);
    expect(await view.locator('img').count()).toBe(0);
    await view.waitForTimeout(200); // an onerror handler would have fired by now
    expect(dialogs).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await view.emulateMedia({ colorScheme });
      await view.screenshot({ path: `${SCREENSHOTS}/report-export-${colorScheme}.png`, fullPage: true });
    }
    await view.close();
  });

  await test.step('re-scoring is offered for rows with text, and only changes figures when asked', async () => {
    await expect(page.locator('#rescore-button')).toHaveText('Re-score this week with the current scorer');
    await expect(page.locator('footer')).toContainText('scorer 0.9.0 for 3 replies');
    await page.locator('#rescore-button').click();
    await expect(page.getByRole('status')).toHaveText('Re-scored 1 reply with the current scorer.');
    await expect(page.locator('footer')).toContainText('0.9.0 for 2 replies');
  });
});
