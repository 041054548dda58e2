// A large export is read in the page's worker: the page keeps answering, the progress bar moves,
// and cancelling writes nothing.
import { expect, readRepoFile, storedReplies, test } from '../support/extension';
import { openHistory, writeLargeExport } from '../support/history';

test('a large import keeps the page responsive and can be cancelled without writing anything', async ({ context, extensionId }, testInfo) => {
  const path = testInfo.outputPath('conversations.json');
  const bytes = await writeLargeExport(await readRepoFile('test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json'), path, 600);
  expect(bytes).toBeGreaterThan(30_000_000);

  const page = await openHistory(context, extensionId);
  await page.getByTestId('import-file').setInputFiles(path);
  const progress = page.getByTestId('job-progress').locator('progress');
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);

  // While the worker parses and scores, the page's own thread is free: timers keep firing. (Parsing
  // this file on the page's thread would stall it for seconds; the margin is for a busy machine.)
  const longestStall = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        let last = performance.now();
        let longest = 0;
        const started = last;
        const tick = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (now - started < 1500) setTimeout(tick, 10);
          else done(longest);
        };
        setTimeout(tick, 10);
      }),
  );
  expect(longestStall).toBeLessThan(500);
  await expect(page.getByTestId('job-progress')).toContainText('conversations');
  const read = Number(await progress.getAttribute('value'));
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(bytes);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('job-error')).toHaveText('conversations.json: Cancelled. Nothing was written.');
  expect(await storedReplies(context, extensionId)).toHaveLength(0);
  await expect(page.getByTestId('reply-total')).toHaveText('0');
});
