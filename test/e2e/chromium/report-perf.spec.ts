import { expect, test } from '../support/extension';
import { pageStart } from '../../../src/db/digest';
import { openReportWith, seedRows, storedRow } from '../support/report';

// A benchmark, not a check run by default: seeding a year takes tens of seconds on a busy machine.
// REPORT_BENCH=1 npx playwright test -c test/e2e/playwright.config.ts report-perf
const YEAR_ROWS = 100_000;
const BATCH = 10_000;
const END = Date.parse('2026-11-23T00:00:00Z');

function yearOfRows() {
  return Array.from({ length: YEAR_ROWS }, (_, n) => {
    const overall = (n * 37) % 101;
    const day = new Date(END - Math.floor((((n * 7919) % YEAR_ROWS) / YEAR_ROWS) * 365 * 86_400_000)).toISOString().slice(0, 10);
    return storedRow(day, overall, { site: n % 3 ? 'chatgpt' : 'claude', evidence: [{ dimension: 'flattery', text: 'Great question!', start: 0, end: 15 }] });
  });
}

test('report page on a year of history: the week first, then the trend', async ({ context, extensionId }) => {
  test.skip(!process.env.REPORT_BENCH, 'set REPORT_BENCH=1 to run the benchmark');
  test.setTimeout(300_000);
  const query = '?week=2026-W47&zone=UTC';
  const page = await openReportWith(context, extensionId, query, []);
  // seedRows adds each hour's page of digests once: batches in time order, cut between hours.
  const rows = yearOfRows().sort((a, b) => a.time - b.time);
  for (let from = 0; from < rows.length; ) {
    let to = Math.min(from + BATCH, rows.length);
    while (to < rows.length && pageStart(rows[to]!.time) === pageStart(rows[to - 1]!.time)) to += 1;
    await seedRows(page, rows.slice(from, to));
    from = to;
  }
  for (let run = 1; run <= 4; run++) {
    const started = Date.now();
    await page.goto(`chrome-extension://${extensionId}/report.html${query}`);
    await page.waitForSelector('.page:is([data-state="partial"], [data-state="ready"])');
    const headline = Date.now() - started;
    await page.waitForSelector('.page[data-state="ready"]');
    console.log(`run ${run}: week's figures in ${headline} ms, whole report in ${Date.now() - started} ms`);
  }
  await expect(page.locator('.kpi .value').first()).toHaveText(/^\d/);
});
