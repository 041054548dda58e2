// "Loses nothing": Chrome stops an idle extension service worker at any moment, also in the
// middle of a write. Here it is stopped again and again while replies stream and are sent; every
// reply must still be stored, exactly once.
import { BADGE, expect, readRepoFile, storedReplies, test } from '../support/extension';
import { DEMO_URL, streamTurn, WorkerSwitch } from '../support/history';

const TURNS = [
  ['Is my essay good?', "What a brilliant essay! You're so talented. 🎉🎉"],
  ['Is 17 prime?', 'Yes. 17 has no divisors other than 1 and itself.'],
  ['Are you sure? I think it is not.', "You're right, I apologize. 17 is not prime."],
] as const;

test('every reply arrives exactly once while the service worker is stopped mid-conversation', async ({ context, extensionId, serve }) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  const retried: string[] = [];
  page.on('console', (message) => message.text().includes('will be retried') && retried.push(message.text()));
  await page.goto(DEMO_URL);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(3);

  const worker = await WorkerSwitch.open(context, extensionId);

  // 1. The worker is stopped before a reply finishes: the tab's send has to wake it.
  await worker.stop();
  await expect.poll(() => worker.status).toBe('stopped');
  await streamTurn(page, TURNS[0][0], TURNS[0][1]);

  // 2. The worker is stopped over and over while replies stream and their sends are in flight,
  //    so some sends land on a worker that is stopping mid-write and get no answer.
  let stopping = true;
  const stopper = (async () => {
    while (stopping) {
      await worker.stop();
      await page.waitForTimeout(40);
    }
  })();
  await streamTurn(page, TURNS[1][0], TURNS[1][1], 40);
  await streamTurn(page, TURNS[2][0], TURNS[2][1], 40);
  await page.waitForTimeout(1500);
  stopping = false;
  await stopper;
  expect(worker.stops).toBeGreaterThan(3);

  await expect(page.locator(BADGE)).toHaveCount(6);
  // The outbox re-sends on its own (backoff) once the worker can answer again.
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 20_000 }).toBe(6);
  const rows = await storedReplies(context, extensionId);
  const messages = rows.map((r) => String(r.message));
  expect(new Set(messages).size).toBe(6);
  expect(rows.every((r) => r.version === 1)).toBe(true);

  // Nothing is left waiting in the tab, and nothing more arrives later.
  await page.waitForTimeout(2000);
  expect(await storedReplies(context, extensionId)).toHaveLength(6);
  // Some sends really did meet a worker that stopped before answering, and were sent again.
  expect(retried.length).toBeGreaterThan(0);
  await worker.close();
});
