import { BADGE, badgeScores, expect, storedReplies, test } from '../support/extension';
import { badgeView, inBadge, openDemo, patchSettings, screenshot, streamDemoReply } from '../support/ui';

const FIRST_TURN = '[data-testid="conversation-turn-2"]';

test('badges show the score, a flag word from the threshold, and a screen-reader name, in a closed shadow root', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);

  const overall = (await badgeScores(page)).map(Number);
  // The demo's first reply is pure flattery: whatever the scorer's exact number, it is flagged.
  expect(overall[0]).toBeGreaterThanOrEqual(50);
  for (const [index, score] of overall.entries()) {
    const view = await badgeView(page, index);
    expect(view.mode).toBe('closed');
    expect(view.theme).toBe('light');
    expect(view.band).toBe(score >= 50 ? 'high' : score >= 25 ? 'mid' : 'low');
    expect(view.pill.includes('Sycophantic')).toBe(score >= 50);
    expect(view.label).toMatch(new RegExp(`^Sycophancy score ${score} of 100, (flagged as sycophantic|some sycophancy|little or no sycophancy)\\. Flattery \\d+, Emoji \\d+, Agreement \\d+`));
    expect(view.label.includes('flagged as sycophantic')).toBe(score >= 50);
  }

  // The page's light DOM holds only the host: the badge's text is not part of the reply.
  expect(await page.locator(BADGE).first().evaluate((host) => host.textContent)).toBe('');
  await screenshot(page, 'badge-compact-light');
});

test('hovering the badge opens the card over the page without moving it; leaving closes it', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  const nextTurn = page.locator('[data-testid="conversation-turn-3"]');
  const before = await nextTurn.boundingBox();

  await page.locator(BADGE).first().hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
  const view = await badgeView(page, 0);
  expect(view.expanded).toBe('true');
  expect(view.card).toMatch(/Sycophancy \d+\/100/);
  for (const text of ['Flattery', 'Emoji', 'Agreement', 'What raised the score', 'Scored on this device.']) expect(view.card).toContain(text);
  expect(view.card).toMatch(/brilliant|absolutely right|🎉/i);
  expect(await nextTurn.boundingBox()).toEqual(before);
  await screenshot(page, 'badge-card-light');

  await page.mouse.move(5, 5);
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(false);
  expect((await badgeView(page, 0)).expanded).toBe('false');
});

test('the card quotes the user turn the agreement answered', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await page.locator(BADGE).nth(2).hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 2)).cardOpen).toBe(true);
  const card = (await badgeView(page, 2)).card;
  expect(card).toMatch(/It gave in to your pushback|It agreed with your message/);
  expect(card).toContain('Are you sure? My friend says tap water always ruins bread.');
  // What it gave up is in the previous answer, not in this reply: the card quotes it from there.
  expect(card).toContain('Dropped from its previous answer: “Dense loaves more often come from under-proofing or a weak starter than from the water”');
  await screenshot(page, 'badge-card-capitulation');
});

// The line held for a streaming reply is the very element the badge lands in, so the badge cannot
// land anywhere else. (Issue 7 measured a 10 px difference: the held line was read before the
// reply had any words, when the empty paragraph's bottom margin still collapsed through the empty
// reply; the first words, not the badge, moved it.) Measured every frame, and with the browser's
// Layout Instability API, while the site finishes the reply and the badge appears.
test('a reply being written keeps the badge\'s place, so the badge appears without moving anything', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  // Everything on screen: the Layout Instability API reports only shifts it can see.
  await page.setViewportSize({ width: 1100, height: 1400 });
  await expect(page.locator(BADGE)).toHaveCount(3);
  await page.evaluate(() => {
    type Sample = { time: number; badged: boolean; composer: number; held: number[] | null };
    const scope = window as unknown as { samples: Sample[]; shifts: number[]; sampling: boolean; streamed: Promise<void> };
    scope.samples = [];
    scope.shifts = [];
    scope.sampling = true;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => scope.shifts.push(entry.startTime))).observe({ type: 'layout-shift' });
    const sample = (time: number) => {
      const turn = document.querySelectorAll('section[data-turn="assistant"]')[3];
      const held = turn?.querySelector(':scope > [data-sycophancy-probe="pending"], :scope > [data-sycophancy-probe="anchor"]')?.getBoundingClientRect();
      scope.samples.push({
        time,
        badged: Boolean(turn?.querySelector('[data-sycophancy-probe="badge"]')),
        composer: document.querySelector('.composer')!.getBoundingClientRect().top,
        held: held ? [held.top, held.height] : null,
      });
      if (scope.sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    const demo = (window as unknown as { __demo: { addUserTurn(t: string): void; streamReply(t: string, o: object): Promise<void> } }).__demo;
    demo.addUserTurn('Quick question about starters.');
    scope.streamed = demo.streamReply('Feed it twice a day at room temperature and keep it covered loosely.', { intervalMs: 60 });
  });
  const turn = page.locator('section[data-turn="assistant"]').last();
  await expect(turn.locator('[data-sycophancy-probe="pending"]')).toHaveCount(1);
  await expect(turn.locator(BADGE)).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { streamed: Promise<void> }).streamed);
  await expect(turn.locator(BADGE)).toHaveCount(1);
  await expect(turn.locator('[data-sycophancy-probe="pending"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  const { samples, shifts } = await page.evaluate(() => {
    const scope = window as unknown as { samples: { time: number; badged: boolean; composer: number; held: number[] | null }[]; shifts: number[]; sampling: boolean };
    scope.sampling = false;
    return { samples: scope.samples, shifts: scope.shifts };
  });
  const first = samples.findIndex((s) => s.badged);
  expect(first).toBeGreaterThan(0);
  const [before, after] = [samples[first - 1]!, samples.at(-1)!];
  expect(before.held).not.toBeNull();
  expect(after.held).toEqual(before.held);
  expect(after.composer).toBe(before.composer);
  // The site's own shifts (the reply growing, its Copy row) all came before the last frame without the badge.
  expect(shifts.filter((time) => time > before.time)).toEqual([]);
});

test('keyboard: Tab focuses the badge and opens the card, Enter moves into it, Escape closes it and returns focus', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  // A badge is shown once its place is checked (a frame after it arrives); hidden, Tab would skip it.
  await expect(page.locator(BADGE).first()).toBeVisible();
  // The badge follows the reply's own Copy button in the tab order.
  await page.locator(`${FIRST_TURN} [data-testid="copy-turn-action-button"]`).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sycophancy-probe'))).toBe('badge');
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
  expect((await badgeView(page, 0)).focused).toBe('pill');

  // The keys the badge handles are not also seen by the site's own document-wide shortcuts.
  await page.evaluate(() => {
    (window as unknown as { siteKeys: string[] }).siteKeys = [];
    document.addEventListener('keydown', (e) => (window as unknown as { siteKeys: string[] }).siteKeys.push(e.key));
  });
  await page.keyboard.press('Enter');
  expect((await badgeView(page, 0)).focused).toBe('card');
  await screenshot(page, 'badge-card-keyboard');

  await page.keyboard.press('Escape');
  const closed = await badgeView(page, 0);
  expect(closed.cardOpen).toBe(false);
  expect(closed.focused).toBe('pill');
  expect(await page.evaluate(() => (window as unknown as { siteKeys: string[] }).siteKeys)).toEqual([]);

  // Tabbing on leaves the badge and closes nothing else on the page.
  await page.keyboard.press('Enter');
  expect((await badgeView(page, 0)).cardOpen).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect((await badgeView(page, 0)).cardOpen).toBe(false);
});

test('the card says where a reply pushed back, apart from what raised the score', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await streamDemoReply(
    page,
    'Which is better for a small team, remote work or office work?',
    'Both perspectives have merit, and it really depends on your situation. There are pros and cons to each approach.',
  );
  await expect(page.locator(BADGE)).toHaveCount(4);
  await page.locator(BADGE).nth(3).scrollIntoViewIfNeeded();
  await page.locator(BADGE).nth(3).hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 3)).cardOpen).toBe(true);
  const lists = await inBadge(page, 3, (root) => ({
    sections: [...root.querySelectorAll('.section')].map((p) => p.textContent),
    raised: [...root.querySelectorAll('.phrase')].map((p) => p.textContent),
    pushedBack: [...root.querySelectorAll('.pushed-back li')].map((li) => li.textContent),
  }));
  expect(lists.sections).toEqual(['Where it pushed back (lowered agreement)']);
  expect(lists.raised).toEqual([]);
  expect(lists.pushedBack).toEqual(['“Both perspectives”', '“it really depends”', '“pros and cons”']);
  expect((await badgeView(page, 3)).card).toContain('No flattery, emoji padding or needless agreement found.');
  await screenshot(page, 'badge-card-pushed-back');
});

test('a reply in an unsupported language gets an "unsupported language" badge', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  await streamDemoReply(
    page,
    'Wie lange sollte der Teig gehen?',
    'Bei etwa 24 Grad dauert die Stockgare meist vier bis sechs Stunden. Achte mehr auf den Teig als auf die Uhr: Er sollte um etwa die Hälfte wachsen und an den Seiten Blasen zeigen.',
  );
  await expect(page.locator(BADGE)).toHaveCount(4);
  await expect(page.locator(BADGE).nth(3)).toHaveAttribute('data-overall', 'unsupported');
  const view = await badgeView(page, 3);
  expect(view.band).toBe('none');
  expect(view.pill).toContain('Language not supported');
  expect(view.label).toMatch(/language \(\w+\) is not supported/);
  await page.locator(BADGE).nth(3).scrollIntoViewIfNeeded();
  await screenshot(page, 'badge-unsupported');
});

test('the badge follows the page theme: dark from the OS preference and from the page background alone', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator(BADGE)).toHaveCount(3);
  expect((await badgeView(page, 0)).theme).toBe('dark');
  await screenshot(page, 'badge-compact-dark');
  await page.locator(BADGE).first().hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
  await screenshot(page, 'badge-card-dark');

  // A site with its own dark mode and a light OS: the painted background decides, live.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await badgeView(page, 0)).theme).toBe('light');
  await page.evaluate(() => document.documentElement.style.setProperty('--bg', '#202123'));
  await page.evaluate(() => document.documentElement.setAttribute('class', 'dark'));
  await expect.poll(async () => (await badgeView(page, 0)).theme).toBe('dark');
});

test('badge style and threshold changes apply to an open tab without a reload; "off" still records', async ({ context, serve, serviceWorker, extensionId }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);

  await patchSettings(serviceWorker, { badgeStyle: 'detailed' });
  await expect.poll(async () => (await badgeView(page, 0)).pill).toMatch(/Flattery \d+ · Emoji \d+ · Agreement \d+/);
  await screenshot(page, 'badge-detailed-light');

  const first = Number(await page.locator(BADGE).first().getAttribute('data-overall'));
  await patchSettings(serviceWorker, { flagThreshold: Math.min(100, first + 1) });
  await expect.poll(async () => (await badgeView(page, 0)).pill).not.toContain('Sycophantic');

  await patchSettings(serviceWorker, { badgeStyle: 'off' });
  await expect(page.locator(BADGE).first()).toBeHidden();
  await streamDemoReply(page, 'Is my plan brilliant?', "You're absolutely right! What a brilliant plan — you're so smart. 🚀🚀🎉");
  await expect.poll(async () => (await storedReplies(context, extensionId)).length).toBe(4);
  await expect(page.locator(BADGE)).toHaveCount(4);
  await expect(page.locator(BADGE).nth(3)).toBeHidden();

  await patchSettings(serviceWorker, { badgeStyle: 'compact' });
  await expect(page.locator(BADGE).nth(3)).toBeVisible();
});

test('evidence highlights appear inline without changing the page, and all go away when turned off', async ({ context, serve, serviceWorker }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  const html = await page.locator('#thread').evaluate((thread) => {
    const copy = thread.cloneNode(true) as Element;
    copy.querySelectorAll('[data-sycophancy-probe]').forEach((b) => b.remove());
    return copy.innerHTML;
  });
  const highlighted = () =>
    page.evaluate(() =>
      ['flattery', 'emoji', 'agreement'].map((d) => [...(CSS.highlights.get(`sycophancy-probe-${d}`) ?? [])].map((r) => (r as Range).toString())),
    );

  await patchSettings(serviceWorker, { highlightEvidence: true });
  await expect.poll(async () => (await highlighted()).flat().length).toBeGreaterThan(2);
  const [flattery, emoji] = await highlighted();
  expect(flattery!.join(' ')).toMatch(/brilliant|absolutely right/i);
  expect(emoji!.join('')).toMatch(/🎉|🍞|✨|🙌|😊/u);
  // Highlights are painted by the browser: the reply's markup is exactly what the site rendered.
  expect(
    await page.locator('#thread').evaluate((thread) => {
      const copy = thread.cloneNode(true) as Element;
      copy.querySelectorAll('[data-sycophancy-probe]').forEach((b) => b.remove());
      return copy.innerHTML;
    }),
  ).toBe(html);
  await screenshot(page, 'badge-highlights-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => (await badgeView(page, 0)).theme).toBe('dark');
  await screenshot(page, 'badge-highlights-dark');

  await patchSettings(serviceWorker, { highlightEvidence: false });
  await expect.poll(async () => (await highlighted()).flat().length).toBe(0);
});

test('selecting and copying a reply leaves the badge out; the site\'s buttons still work', async ({ context, serve }) => {
  const page = await openDemo(context, serve);
  await expect(page.locator(BADGE)).toHaveCount(3);
  const selected = await page.locator(FIRST_TURN).evaluate((turn) => {
    const selection = getSelection()!;
    selection.selectAllChildren(turn);
    return selection.toString();
  });
  expect(selected).toContain('Filtered water is almost certainly the culprit.');
  expect(selected).not.toMatch(/Sycophan/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://chatgpt.com' });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Filtered water');
  expect(copied).not.toMatch(/Sycophan/);

  // The site's own Copy button is not covered by the badge.
  const clicked = page.evaluate(
    () => new Promise<boolean>((done) => document.querySelector(`[data-testid="copy-turn-action-button"]`)!.addEventListener('click', () => done(true), { once: true })),
  );
  await page.locator(`${FIRST_TURN} [data-testid="copy-turn-action-button"]`).click();
  expect(await clicked).toBe(true);
});

test('on a narrow, zoomed page the badge and its card stay inside the viewport', async ({ context, serve, serviceWorker }) => {
  const page = await openDemo(context, serve);
  await page.setViewportSize({ width: 360, height: 740 });
  // Detailed badges are the widest: the narrow layout must hold them too.
  await patchSettings(serviceWorker, { badgeStyle: 'detailed' });
  await expect(page.locator(BADGE)).toHaveCount(3);
  await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '1.25'));
  const host = page.locator(BADGE).first();
  await host.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await host.hover({ position: { x: 30, y: 12 } });
  await expect.poll(async () => (await badgeView(page, 0)).cardOpen).toBe(true);
  const inside = await inBadge(page, 0, (root) => {
    const box = root.querySelector('.card')!.getBoundingClientRect();
    return { left: box.left, right: box.right };
  });
  expect(inside.left).toBeGreaterThanOrEqual(0);
  expect(inside.right).toBeLessThanOrEqual(360);
  await screenshot(page, 'badge-card-narrow-zoomed');
});
