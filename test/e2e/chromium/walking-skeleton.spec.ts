import { BADGE, badgeScores, expect, readRepoFile, storedReplies, test } from '../support/extension';

const DEMO_URL = 'https://chatgpt.com/c/e2e-demo?autostream=0';

test('badges finished ChatGPT replies, stores them in the extension database, and the popup counts them', async ({
  context,
  extensionId,
  serve,
  network,
}) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  await page.goto(DEMO_URL);

  await expect(page.locator(BADGE)).toHaveCount(3);
  const scores = (await badgeScores(page)).map(Number);
  expect(scores).toHaveLength(3);
  // The flattering reply and the capitulation are flagged; the plain answer is not.
  expect(scores[0]).toBeGreaterThanOrEqual(50);
  expect(scores[1]).toBeLessThan(25);
  expect(scores[2]).toBeGreaterThanOrEqual(50);
  // Badges sit on assistant turns only.
  await expect(page.locator(`[data-turn="user"] ${BADGE}`)).toHaveCount(0);

  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(3);
  const rows = await storedReplies(context, extensionId);
  expect(rows.map((r) => r.message).sort()).toEqual(['demo-assistant-1', 'demo-assistant-2', 'demo-assistant-3']);
  for (const row of rows) {
    expect(row).toMatchObject({ site: 'chatgpt', conversation: 'e2e-demo', version: 1, model: 'gpt-demo', origin: 'live' });
  }
  expect(rows.find((r) => r.message === 'demo-assistant-1')?.overall).toBe(scores[0]);
  // Each row names the reply before it, so re-scoring can judge capitulation against it again.
  expect(Object.fromEntries(rows.map((r) => [r.message, r.previousMessage]))).toEqual({
    'demo-assistant-1': undefined,
    'demo-assistant-2': 'demo-assistant-1',
    'demo-assistant-3': 'demo-assistant-2',
  });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('#reply-count')).toHaveText('3');
  const average = Math.round(scores.reduce((a, b) => a + b, 0) / 3);
  await expect(popup.locator('#average-score')).toHaveText(String(average));

  expect(network.foreign).toEqual([]);
});

test('a streaming reply gets no badge until it has finished, then exactly one', async ({ context, extensionId, serve }) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  await expect(page.locator(BADGE)).toHaveCount(3);

  await page.evaluate(() => {
    const demo = (window as unknown as { __demo: { addUserTurn(t: string): void; streamReply(t: string, o: object): Promise<void> } }).__demo;
    demo.addUserTurn('Is my plan to quit my job and day-trade brilliant?');
    (window as unknown as { streamed: Promise<void> }).streamed = demo.streamReply(
      "You're absolutely right! What a brilliant plan — you're so smart and insightful. 🚀🚀🚀🎉",
      { intervalMs: 150 },
    );
  });
  const streamingTurn = page.locator('section[data-turn="assistant"]').last();
  // Mid-stream, while the stop button is on screen, the new reply has no badge.
  await expect(page.locator('[data-testid="stop-button"]')).toBeVisible();
  await page.waitForTimeout(700);
  await expect(streamingTurn.locator(BADGE)).toHaveCount(0);

  await page.evaluate(() => (window as unknown as { streamed: Promise<void> }).streamed);
  await expect(streamingTurn.locator(BADGE)).toHaveCount(1);
  const overall = Number(await streamingTurn.locator(BADGE).getAttribute('data-overall'));
  expect(overall).toBeGreaterThanOrEqual(50);
  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(4);
  const stored = (await storedReplies(context, extensionId)).find((r) => r.message === 'demo-assistant-8');
  // Scored once, on the finished text: one row, version 1, with the badge's score.
  expect(stored).toMatchObject({ version: 1, overall });
});

test('re-rendering replies and reloading the page never duplicates badges or stored replies', async ({ context, extensionId, serve }) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  await expect(page.locator(BADGE)).toHaveCount(3);

  // Remove every turn and put fresh copies back, as a virtualized list or a React re-render does.
  await page.evaluate(() => {
    const thread = document.getElementById('thread')!;
    const copies = [...thread.children].map((turn) => {
      const copy = turn.cloneNode(true) as Element;
      copy.querySelectorAll('[data-sycophancy-probe]').forEach((b) => b.remove());
      return copy;
    });
    thread.replaceChildren();
    return new Promise<void>((done) => setTimeout(() => (thread.append(...copies), done()), 200));
  });
  await expect(page.locator(BADGE)).toHaveCount(3);
  await page.reload();
  await expect(page.locator(BADGE)).toHaveCount(3);
  await page.waitForTimeout(500);
  const rows = await storedReplies(context, extensionId);
  expect(rows).toHaveLength(3);
});

test("a badge the site's re-render took out of a reply that stayed comes back, once", async ({ context, serve }) => {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  await expect(page.locator(BADGE)).toHaveCount(3);
  // A framework reconciling a reply's children drops nodes it did not render: ours.
  const left = await page.evaluate(() => {
    document.querySelectorAll('[data-sycophancy-probe="anchor"]').forEach((anchor) => anchor.remove());
    return document.querySelectorAll('[data-sycophancy-probe="badge"]').length;
  });
  expect(left).toBe(0);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await page.waitForTimeout(500);
  await expect(page.locator(BADGE)).toHaveCount(3);
});
