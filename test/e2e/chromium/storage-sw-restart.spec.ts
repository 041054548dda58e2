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
  // The tab says so when a send met a worker that could not answer: asking for scores ("trying
  // again") or storing scored replies ("will be retried").
  const retried: string[] = [];
  page.on('console', (message) => /trying again|will be retried/.test(message.text()) && retried.push(message.text()));
  await page.goto(DEMO_URL);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 15_000 }).toBe(3);

  const worker = await WorkerSwitch.open(context, extensionId);

  // 1. The worker is stopped before a reply finishes: the tab's send has to wake it.
  // (Count stops rather than read the latest status: a message from another extension page may
  // wake the worker again right after it stopped.)
  await worker.stop();
  await expect.poll(() => worker.stops).toBeGreaterThan(0);
  await streamTurn(page, TURNS[0][0], TURNS[0][1]);

  // 2. The worker is stopped over and over (each time it runs again) while replies stream and
  //    their sends are in flight, until some send (for scores or for storage) has landed on a
  //    worker that stopped before answering (the tab logs its retry). Whether one does is a race,
  //    so more turns are streamed until it has happened.
  let stopping = true;
  const stopper = (async () => {
    while (stopping) {
      await worker.stopIfRunning();
      await page.waitForTimeout(40);
    }
  })();
  let turns = 1;
  while (turns < 3 || (retried.length === 0 && turns < 12)) {
    const [user, reply] = TURNS[turns % TURNS.length]!;
    await streamTurn(page, `${user} (${turns})`, `${reply} (${turns})`, 40);
    turns += 1;
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1500);
  stopping = false;
  await stopper;
  expect(worker.stops).toBeGreaterThan(3);
  // Some sends really did meet a worker that stopped before answering, and were sent again.
  expect(retried.length).toBeGreaterThan(0);

  const expected = 3 + turns;
  // Scores the worker could not give are asked for again after a wait that doubles (up to 5 s).
  await expect(page.locator(BADGE)).toHaveCount(expected, { timeout: 20_000 });
  // The outbox re-sends on its own (backoff) once the worker can answer again.
  await expect.poll(async () => (await storedReplies(context, extensionId)).length, { timeout: 20_000 }).toBe(expected);
  const rows = await storedReplies(context, extensionId);
  expect(new Set(rows.map((r) => String(r.message))).size).toBe(expected);
  expect(rows.every((r) => r.version === 1)).toBe(true);

  // Nothing is left waiting in the tab, and nothing more arrives later.
  await page.waitForTimeout(2000);
  expect(await storedReplies(context, extensionId)).toHaveLength(expected);
  await worker.close();
});
