import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { openReportWith, SCREENSHOTS, storedRow } from '../support/report';

// Week 47 of 2026 is Mon 16 – Sun 22 Nov; week 46 is 9–15 Nov.
const ROWS = [
  storedRow('2026-11-16', 80),
  storedRow('2026-11-17', 20),
  storedRow('2026-11-18', 60, { site: 'claude', model: 'claude-sonnet' }),
  storedRow('2026-11-19', 40, { site: 'claude', model: 'claude-sonnet' }),
  storedRow('2026-11-20', null),
  storedRow('2026-11-09', 10),
  storedRow('2026-11-11', 20),
  storedRow('2026-11-13', 60),
  storedRow('2026-10-01', 90),
  storedRow('2025-06-01', 99),
];

async function kpis(page: Page): Promise<string[]> {
  return page.locator('.kpi').allInnerTexts();
}

test('report page: figures of a seeded week, navigation, one-day and empty states, light and dark', async ({ context, extensionId }) => {
  const page = await openReportWith(context, extensionId, '?week=2026-W47&zone=UTC', ROWS);

  await test.step('headline figures and change against the week before', async () => {
    await expect(page.locator('h1')).toHaveText('Week 47, 2026');
    const [scored, flagged, average, , unsupported] = await kpis(page);
    expect(scored).toContain('4\nreplies scored\n+1 vs week before');
    expect(flagged).toContain('50%\nflagged as sycophantic (2 of 4)\n+17 pts vs week before');
    expect(average).toContain('50\naverage score (0–100)\n+20 vs week before');
    expect(unsupported).toContain('1\nin unsupported languages');
    await expect(page.locator('.headline')).toHaveText('50% of the 4 replies scored in week 47 were flagged as sycophantic, with an average score of 50/100.');
    await expect(page.locator('#week-input')).toHaveValue('2026-W47');
    await expect(page.getByRole('link', { name: 'Back up, restore or delete your history' })).toHaveAttribute('href', 'history.html');
    await expect(page.locator('#notify-button')).toHaveText('Notify me when the weekly report is ready');
    // Scores only, no stored text: nothing to re-score, the footer names the scorer version instead.
    await expect(page.locator('#rescore-button')).toHaveCount(0);
    await expect(page.locator('footer')).toContainText('0.9.0');
  });

  await test.step('charts have size and a text alternative', async () => {
    const box = await page.locator('svg.chart').first().boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(50);
    await expect(page.locator('figure table, figure details').first()).toBeAttached();
  });

  await test.step('screenshots and an accessibility scan, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${SCREENSHOTS}/report-page-${colorScheme}.png`, fullPage: true });
      await page.locator('.toolbar').screenshot({ path: `${SCREENSHOTS}/report-page-controls-${colorScheme}.png` });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('previous week, by button, keeps the address in step', async () => {
    await page.locator('#previous-period').click();
    await expect(page.locator('h1')).toHaveText('Week 46, 2026');
    expect(new URL(page.url()).searchParams.get('week')).toBe('2026-W46');
    expect(await kpis(page)).toEqual(expect.arrayContaining([expect.stringContaining('3\nreplies scored'), expect.stringContaining('33%')]));
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Week 47, 2026');
  });

  await test.step('one day as a range', async () => {
    await page.locator('#range-from').fill('2026-11-18');
    await page.locator('#range-to').fill('2026-11-18');
    await page.getByRole('button', { name: 'Show these days' }).click();
    await expect(page.locator('h1')).toHaveText('18 Nov 2026');
    await expect(page.locator('.headline')).toHaveText('The one reply scored on 18 Nov 2026 was flagged as sycophantic (score 60/100).');
    await expect(page.locator('#previous-period')).toHaveText('← Previous period');
    await page.screenshot({ path: `${SCREENSHOTS}/report-page-one-day.png`, fullPage: true });
  });

  await test.step('a week with nothing in it', async () => {
    await page.locator('#week-input').fill('2026-W30');
    await expect(page.locator('h1')).toHaveText('Week 30, 2026');
    await expect(page.getByRole('heading', { name: 'Nothing to report this week' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/report-page-empty.png`, fullPage: true });
  });

  await test.step('by default the last complete week; nothing after the week in progress', async () => {
    await page.goto(`chrome-extension://${extensionId}/report.html`);
    await expect(page.locator('.page')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('#next-period')).toBeEnabled();
    await page.locator('#next-period').click();
    await expect(page.locator('#next-period')).toBeDisabled();
  });

  await test.step('a bad address says what is wrong', async () => {
    await page.goto(`chrome-extension://${extensionId}/report.html?week=2025-W53`);
    await expect(page.getByRole('alert')).toContainText('2025 has no ISO week 53');
  });
});
