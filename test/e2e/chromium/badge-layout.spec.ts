import type { Page } from '@playwright/test';
import { siteFixturePage } from '../../fixtures/sites/page.mjs';
import { fixtureCases, snapshotCases } from '../../unit/sites/cases';
import { badges, expect, readRepoFile, scrollThrough, test } from '../support/sites';

// Badges must never move the page they are put in (issue 7): replies already on screen when a
// conversation opens get their badges without anything on the page shifting, at desktop and at
// phone width, and no badge covers the reply's text or the site's controls, also after the window
// narrows, the page zooms or scrolls. Measured in real Chromium two ways: every element's box in
// the last frame before the first badge against its box once all badges are in, and the browser's
// own Layout Instability API ('layout-shift' entries).

const DEMO = { site: 'demo', url: 'https://chatgpt.com/c/e2e-layout-demo?autostream=0', html: () => readRepoFile('scripts/demo/chat.html'), replies: 3 };
const SITES = fixtureCases
  .filter((c) => !c.selfHosted)
  .map((c) => ({ site: c.site, url: c.url, html: async () => siteFixturePage(c.site), replies: c.userTexts.length }));
const PAGES = [DEMO, ...SITES];
/**
 * Pages whose replies all leave free room at their inline end, at both widths. On the (unstyled)
 * DeepSeek and Perplexity pages some last lines run to the inline end: those badges take a line
 * of their own (tested below), which moves what follows them once.
 */
const FREE_ROOM = ['demo', 'chatgpt', 'claude', 'gemini', 'copilot', 'mistral', 'grok'];
const WIDTHS = [1100, 390];

type Box = [number, number, number, number];
interface LayoutProbe {
  /** Layout shifts with their start time. */
  shifts: { value: number; sources: string[]; at: number }[];
  before: Box[] | null;
  /** When `before` was taken: the last frame with no badge. */
  beforeAt: number;
  /** The shifts from that frame on: a shift before any badge (a font swapping in at load) is not ours. */
  badgeShifts(): { value: number; sources: string[] }[];
  boxes(): Box[];
  covered(): string[];
  ends(): { badge: Box; reply: Box; anchorTop: number; place: string | null }[];
}
declare const window: { __layout: LayoutProbe };

/** Runs in the page before its own scripts: records layout shifts and every element's box until the first badge appears. */
function installLayoutProbe(): void {
  const ours = (el: Element) => el.closest('[data-sycophancy-probe]') !== null;
  const box = (r: DOMRect): Box => [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10) / 10) as Box;
  const probe: LayoutProbe = {
    shifts: [],
    before: null,
    beforeAt: 0,
    badgeShifts: () => probe.shifts.filter((shift) => shift.at >= probe.beforeAt).map(({ value, sources }) => ({ value, sources })),
    boxes: () => [...document.body.querySelectorAll('*')].filter((el) => !ours(el)).map((el) => box(el.getBoundingClientRect())),
    // Every line of text and every control of the page that a badge's box meets.
    covered() {
      const found: string[] = [];
      const meets = (a: DOMRect, b: DOMRect) => b.width > 1 && b.height > 1 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const host of document.querySelectorAll('[data-sycophancy-probe="badge"]')) {
        const area = host.getBoundingClientRect();
        if (area.width === 0) continue;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const parent = text.parentElement!;
          if (!/\S/.test(text.nodeValue ?? '') || ours(parent) || parent.closest('.sr-only, .visually-hidden, script, style')) continue;
          range.selectNodeContents(text);
          if ([...range.getClientRects()].some((line) => meets(area, line))) found.push(`text "${text.nodeValue!.trim().slice(0, 40)}"`);
        }
        for (const control of document.querySelectorAll('button, a, input, textarea, select, img, svg')) {
          if (!ours(control) && meets(area, control.getBoundingClientRect())) found.push(`${control.tagName.toLowerCase()} ${control.getAttribute('aria-label') ?? ''}`);
        }
      }
      return found;
    },
    ends: () =>
      [...document.querySelectorAll('[data-sycophancy-probe="badge"]')].map((host) => ({
        badge: box(host.getBoundingClientRect()),
        reply: box(host.parentElement!.parentElement!.getBoundingClientRect()),
        anchorTop: host.parentElement!.getBoundingClientRect().top,
        place: host.parentElement!.getAttribute('data-badge-place'),
      })),
  };
  window.__layout = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
      probe.shifts.push({ value: entry.value, sources: entry.sources.map((s) => s.node?.nodeName ?? '?'), at: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const sample = () => {
    if (document.querySelector('[data-sycophancy-probe="badge"]')) return;
    if (document.body) {
      probe.before = probe.boxes();
      probe.beforeAt = performance.now();
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

async function openWithBadges(page: Page, serve: (origin: string, html: string) => Promise<void>, target: (typeof PAGES)[number], width: number): Promise<void> {
  await serve(new URL(target.url).origin, await target.html());
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(installLayoutProbe);
  await page.goto(target.url);
  await expect(badges(page)).toHaveCount(target.replies);
  // Resize observations, a late theme read: anything that could still move would have by now.
  await page.waitForTimeout(300);
}

function moved(before: Box[] | null, after: Box[]): string[] {
  expect(before).not.toBeNull();
  expect(after).toHaveLength(before!.length);
  return after.flatMap((box, i) => (box.join() === before![i]!.join() ? [] : [`element ${i}: ${before![i]!.join()} → ${box.join()}`]));
}

for (const target of PAGES.filter((p) => FREE_ROOM.includes(p.site))) {
  for (const width of WIDTHS) {
    test(`${target.site} at ${width} px: badges on replies already on screen move nothing on the page`, async ({ page, shared }) => {
      await openWithBadges(page, shared.serve, target, width);
      const probe = await page.evaluate(() => ({ before: window.__layout.before, after: window.__layout.boxes(), shifts: window.__layout.badgeShifts() }));
      expect(moved(probe.before, probe.after)).toEqual([]);
      expect(probe.shifts).toEqual([]);
      expect(await page.evaluate(() => window.__layout.covered())).toEqual([]);
    });
  }
}

for (const target of PAGES) {
  test(`${target.site}: no badge covers text or a control, at either width, zoomed, scrolled; each stays at its reply's end`, async ({ page, shared }) => {
    await openWithBadges(page, shared.serve, target, WIDTHS[0]!);
    const check = async (when: string) => {
      expect(await page.evaluate(() => window.__layout.covered()), when).toEqual([]);
      for (const { badge, reply, anchorTop } of await page.evaluate(() => window.__layout.ends())) {
        const [left, top, widthOf, height] = badge;
        // Inside its reply's width, and touching the reply's end: hanging over its last line, or just below it.
        expect(left, when).toBeGreaterThanOrEqual(reply[0] - 0.5);
        expect(left + widthOf, when).toBeLessThanOrEqual(reply[0] + reply[2] + 0.5);
        expect(top, when).toBeLessThanOrEqual(anchorTop + 8);
        expect(top + height, when).toBeGreaterThanOrEqual(anchorTop - 0.5);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), when).toBe(true);
    };
    await check('opened');
    await page.setViewportSize({ width: WIDTHS[1]!, height: 740 });
    await page.waitForTimeout(150);
    await check('narrowed');
    await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '1.25'));
    await page.waitForTimeout(150);
    await check('zoomed');
    await page.evaluate(() => scrollTo(0, 200));
    await page.waitForTimeout(50);
    await check('scrolled');
  });
}

test('where the end of a reply holds text, its badge takes a line of its own below it instead of covering it', async ({ page, shared }) => {
  const deepseek = PAGES.find((p) => p.site === 'deepseek')!;
  await openWithBadges(page, shared.serve, deepseek, WIDTHS[1]!);
  const ends = await page.evaluate(() => window.__layout.ends());
  const lines = ends.filter((end) => end.place === 'line');
  expect(lines.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__layout.covered())).toEqual([]);
  // On its own line the badge sits below the reply's last line, not over it.
  for (const { badge, anchorTop } of lines) expect(badge[1]).toBeGreaterThanOrEqual(anchorTop - 0.5);
});

test('where the site\'s buttons sit at the end of the row, the badge takes the free start of it, still moving nothing', async ({ page, shared }) => {
  const demo = await DEMO.html();
  const endButtons = demo.replace('.actions { display: flex;', '.actions { display: flex; justify-content: flex-end;');
  expect(endButtons).not.toBe(demo);
  await shared.serve(new URL(DEMO.url).origin, endButtons);
  await page.addInitScript(installLayoutProbe);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(DEMO.url);
    await expect(badges(page)).toHaveCount(DEMO.replies);
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => ({ before: window.__layout.before, after: window.__layout.boxes(), shifts: window.__layout.badgeShifts() }));
    expect(moved(probe.before, probe.after), `${width} px`).toEqual([]);
    expect(probe.shifts, `${width} px`).toEqual([]);
    expect(await page.evaluate(() => window.__layout.covered()), `${width} px`).toEqual([]);
    const ends = await page.evaluate(() => window.__layout.ends());
    expect(ends.map((end) => end.place), `${width} px`).toEqual(['start', 'start', 'start']);
  }
});

// The saved pages of the real sites (unstyled: their stylesheets are not part of the snapshots),
// with the sites' scripts kept off as in sites-snapshots.spec.ts.
for (const { file, host, path, replies } of snapshotCases) {
  test(`${file}: no badge covers text or a control, at either width`, async ({ page, shared }) => {
    const saved = await readRepoFile(`test/fixtures/dom/${file}`);
    const html = /^\s*(<!doctype|<html)/i.test(saved) ? saved : `<!doctype html><meta charset="utf-8"><body>${saved}`;
    await shared.serve(`https://${host}`, html, { 'Content-Security-Policy': "script-src 'none'" });
    await page.addInitScript(installLayoutProbe);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`https://${host}${path}`);
      await scrollThrough(page);
      await expect(badges(page)).toHaveCount(replies.length);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.__layout.covered()), `${width} px`).toEqual([]);
    }
  });
}
