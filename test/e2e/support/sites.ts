import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { PageStatus, ScoredReply } from '../../../src/background/messages';
// @ts-expect-error -- plain ES module shared with the demo script, typed by its JSDoc
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { BADGE, expect, storedReplies } from './extension';

export { BADGE, expect, readRepoFile } from './extension';

/** One Chromium with the built extension, shared by every test of a worker (they use distinct conversations). */
export interface SharedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Answers every document request to `origin` with `html` (replacing what was served there before). */
  serve(origin: string, html: string, headers?: Record<string, string>): Promise<void>;
}

export const test = base.extend<{ page: Page }, { shared: SharedExtension }>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { context, extensionId, close } = (await launchChromium()) as {
        context: BrowserContext;
        extensionId: string;
        close: () => Promise<void>;
      };
      const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await recordDeliveries(serviceWorker);
      const serve = async (origin: string, html: string, headers: Record<string, string> = {}) => {
        await context.unroute(`${origin}/**`);
        await context.route(`${origin}/**`, (route) =>
          route.request().resourceType() === 'document'
            ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html })
            : route.fulfill({ status: 404, body: '' }),
        );
      };
      await use({ context, extensionId, serviceWorker, serve });
      await close();
    },
    { scope: 'worker' },
  ],
  // Each test gets its own tab in the shared browser, and sees only the deliveries made during it
  // (earlier tests may have opened the same conversation).
  page: async ({ shared }, use) => {
    await shared.serviceWorker.evaluate(() => void (globalThis as unknown as { __deliveries?: unknown[] }).__deliveries?.splice(0));
    const page = await shared.context.newPage();
    await use(page);
    await page.close();
  },
});

/**
 * Keeps a copy of every scored reply the content scripts hand to the background, as sent. The
 * stored row keeps the user turn only when the storage setting keeps text, so tests check the
 * pairing here, where it leaves the tab; the extension's own listener still stores every reply.
 */
async function recordDeliveries(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as { __deliveries?: unknown[] };
    if (scope.__deliveries) return;
    const seen: unknown[] = (scope.__deliveries = []);
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string; replies?: unknown[] }) => undefined): void } } } }).chrome;
    runtime.onMessage.addListener((message) => {
      if (message?.type === 'store-replies') seen.push(...(message.replies ?? []));
      return undefined;
    });
  });
}

/** Scored replies the content scripts have delivered for one conversation, in delivery order. */
export function deliveries(shared: SharedExtension, conversation: string): Promise<ScoredReply[]> {
  return shared.serviceWorker.evaluate(
    (id) => ((globalThis as unknown as { __deliveries: ScoredReply[] }).__deliveries ?? []).filter((r) => r.conversation === id),
    conversation,
  );
}

/** Stored rows of one conversation, read straight from the extension's IndexedDB. */
export async function storedRows(shared: SharedExtension, conversation: string): Promise<Record<string, unknown>[]> {
  return (await storedReplies(shared.context, shared.extensionId)).filter((row) => row.conversation === conversation);
}

/**
 * The id of the tab whose content script is on `conversation` (the extension may not read tab
 * URLs, so every tab is asked, as the popup asks one).
 */
export async function tabIdOf(shared: SharedExtension, conversation: string): Promise<number> {
  let id: number | null = null;
  // The content script starts once the page is idle, a little after the page has loaded.
  await expect.poll(async () => (id = await findTab(shared, conversation))).not.toBeNull();
  return id!;
}

function findTab(shared: SharedExtension, conversation: string): Promise<number | null> {
  return shared.serviceWorker.evaluate(async (wanted) => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<PageStatus | undefined> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    for (const { id } of await tabs.query({})) {
      if (id === undefined) continue;
      const status = await tabs.sendMessage(id, { type: 'page-status' }).catch(() => undefined);
      if (status?.conversation === wanted) return id;
    }
    return null;
  }, conversation);
}

/** What the content script in tab `tabId` says about its page: the answer the popup shows. */
export function pageStatus(shared: SharedExtension, tabId: number): Promise<PageStatus> {
  return shared.serviceWorker.evaluate(async (id) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<PageStatus> } } }).chrome;
    return tabs.sendMessage(id, { type: 'page-status' });
  }, tabId);
}

/**
 * Scrolls the window from top to bottom a screen at a time: replies are badged as they come near
 * the viewport, and an unstyled saved page is much taller than the site it came from.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 800) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
}

/** Badges on the page, for `expect(...).toHaveCount`. */
export function badges(page: Page) {
  return page.locator(BADGE);
}

/** Collapses white space, as the page's indentation is no part of a message. */
export function squash(text: string | null): string | null {
  return text === null ? null : text.replace(/\s+/g, ' ').trim();
}
