import { expect, test } from '../support/extension';

// A benchmark, not a check run by default: seeding a year takes tens of seconds on a busy machine.
// REPORT_BENCH=1 npx playwright test -c test/e2e/playwright.config.ts report-perf
const YEAR_ROWS = 100_000;

test('report page on a year of history: the week first, then the trend', async ({ context, extensionId }) => {
  test.skip(!process.env.REPORT_BENCH, 'set REPORT_BENCH=1 to run the benchmark');
  test.setTimeout(300_000);
  const url = `chrome-extension://${extensionId}/report.html?week=2026-W47&zone=UTC`;
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.page[data-state="ready"]');
  // Generated inside the page: 100k rows would be slow to send over the protocol.
  await page.evaluate(
    (count) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('sycophancy-probe');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('replies', 'readwrite');
          const store = transaction.objectStore('replies');
          const end = Date.parse('2026-11-23T00:00:00Z');
          for (let i = 0; i < count; i++) {
            const overall = (i * 37) % 101;
            store.put({
              key: `chatgpt|c${i % 700}|m${i}|1`,
              site: i % 3 ? 'chatgpt' : 'claude',
              conversation: `c${i % 700}`,
              message: `m${i}`,
              version: 1,
              time: end - Math.floor((((i * 7919) % count) / count) * 365 * 86_400_000),
              model: 'gpt-4o',
              overall,
              flattery: overall,
              emoji: 5,
              agreement: 20,
              capitulation: false,
              language: 'en',
              evidence: [{ dimension: 'flattery', text: 'Great question!', start: 0, end: 15 }],
              scorerVersion: '1.0.0',
              origin: 'live',
            });
          }
          transaction.oncomplete = () => (open.result.close(), done());
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    YEAR_ROWS,
  );
  for (let run = 1; run <= 4; run++) {
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('.page:is([data-state="partial"], [data-state="ready"])');
    const headline = Date.now() - started;
    await page.waitForSelector('.page[data-state="ready"]');
    console.log(`run ${run}: week's figures in ${headline} ms, whole report in ${Date.now() - started} ms`);
  }
  await expect(page.locator('.kpi .value').first()).toHaveText(/^\d/);
});
