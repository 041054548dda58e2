import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
// @ts-expect-error -- plain ES module shared with the demo script, typed by its JSDoc
import { launchChromium, serveOnOrigin } from '../../../scripts/lib/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BADGE = '[data-sycophancy-probe="badge"]';

export function readRepoFile(path: string): Promise<string> {
  return readFile(resolve(ROOT, path), 'utf8');
}

/** Origins whose pages we serve ourselves, and every other request the browser made. */
interface NetworkLog {
  served: Set<string>;
  foreign: string[];
}

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  network: NetworkLog;
  /** Serves `html` for every page of `origin` (e.g. https://chatgpt.com), so the real content script matches. */
  serve: (origin: string, html: string) => Promise<void>;
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, close } = (await launchChromium()) as { context: BrowserContext; close: () => Promise<void> };
    await use(context);
    await close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  network: async ({ context }, use) => {
    const log: NetworkLog = { served: new Set(), foreign: [] };
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (['chrome-extension:', 'data:', 'about:', 'blob:'].includes(url.protocol)) return;
      if (log.served.has(url.origin) && request.resourceType() === 'document') return;
      log.foreign.push(`${request.resourceType()} ${request.url()}`);
    });
    await use(log);
  },
  serve: async ({ context, network }, use) => {
    await use(async (origin, html) => {
      network.served.add(origin);
      await serveOnOrigin(context, origin, html);
    });
  },
});

export const expect = test.expect;

/** Overall scores of the badges on the page, in document order. */
export function badgeScores(page: Page): Promise<(string | null)[]> {
  return page.$$eval(BADGE, (badges) => badges.map((b) => b.getAttribute('data-overall')));
}

/**
 * Reads every stored reply straight from the extension's IndexedDB, not through our db layer.
 * Before the extension has created its database there is nothing to read: the raw open must not
 * create an empty one (it would block the extension's own upgrade), and the connection is always
 * closed so the extension can upgrade later.
 */
export async function storedReplies(context: BrowserContext, extensionId: string): Promise<Record<string, unknown>[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return await page.evaluate(
      () =>
        new Promise<Record<string, unknown>[]>((done, fail) => {
          const open = indexedDB.open('sycophancy-probe');
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => (open.error?.name === 'AbortError' ? done([]) : fail(open.error));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('replies')) {
              db.close();
              done([]);
              return;
            }
            const request = db.transaction('replies').objectStore('replies').getAll();
            request.onsuccess = () => {
              db.close();
              done(request.result as Record<string, unknown>[]);
            };
            request.onerror = () => {
              db.close();
              fail(request.error);
            };
          };
        }),
    );
  } finally {
    await page.close();
  }
}
