// A large export is read in the page's worker: the page keeps answering, the progress bar moves,
// and cancelling writes nothing.
import { expect, readRepoFile, storedReplies, test } from '../support/extension';
import { openHistory, writeLargeExport } from '../support/history';

test('a large import keeps the page responsive and can be cancelled without writing anything', async ({ context, extensionId }, testInfo) => {
  const path = testInfo.outputPath('conversations.json');
  const bytes = await writeLargeExport(await readRepoFile('test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json'), path, 1000);
  expect(bytes).toBeGreaterThan(60_000_000);

  const page = await openHistory(context, extensionId);
  // A heartbeat on the page's thread from before the file is picked: its longest gap is how long
  // the page could not respond. (Parsing this file on the page's thread would stall it for seconds;
  // the margin is for a busy machine.)
  await page.evaluate(() => {
    const probe = { last: performance.now(), longest: 0 };
    (window as unknown as { probe: typeof probe }).probe = probe;
    setInterval(() => {
      const now = performance.now();
      probe.longest = Math.max(probe.longest, now - probe.last);
      probe.last = now;
    }, 10);
  });
  await page.getByTestId('import-file').setInputFiles(path);
  const progress = page.getByTestId('job-progress').locator('progress');
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('job-progress')).toContainText('conversations');
  await page.waitForTimeout(500);
  const read = Number(await progress.getAttribute('value'));
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(bytes);
  const longestStall = await page.evaluate(() => (window as unknown as { probe: { longest: number } }).probe.longest);
  expect(longestStall).toBeLessThan(500);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('job-error')).toHaveText('conversations.json: Cancelled. Nothing was written.');
  expect(await storedReplies(context, extensionId)).toHaveLength(0);
  await expect(page.getByTestId('reply-total')).toHaveText('0');
});
