import type { BrowserContext, Page } from '@playwright/test';
import { byHour, DIGEST_KEY_TABLE, DIGEST_TABLE, digestOf, encodePage } from '../../../src/db/digest';
import type { ReplyRecord } from '../../../src/db/record';

export const SCREENSHOTS = '.tmp/screenshots';
export const HOSTILE_REPLY = '<script>alert(1)</script><img src=x onerror=alert(2)>';

let counter = 0;

/** A stored row at noon UTC on `day`, so the week it falls in is the same in any zone within ±11 h. */
export function storedRow(day: string, overall: number | null, overrides: Partial<ReplyRecord> = {}): ReplyRecord {
  counter += 1;
  const site = overrides.site ?? 'chatgpt';
  const message = overrides.message ?? `m${counter}`;
  return {
    key: `${site}|c${counter}|${message}|1`,
    site,
    conversation: `c${counter}`,
    message,
    version: 1,
    time: Date.parse(`${day}T12:00:00Z`),
    model: 'gpt-4o',
    overall,
    flattery: overall,
    emoji: overall === null ? null : 0,
    agreement: overall === null ? null : Math.round(overall / 2),
    capitulation: false,
    language: overall === null ? 'ja' : 'en',
    evidence: [],
    scorerVersion: '0.9.0',
    origin: 'live',
    ...overrides,
  };
}

/**
 * Writes `rows` into the extension's IndexedDB with the raw API (not through our db layer), from an
 * extension page, with the hour pages of digests the extension keeps beside them (src/db/digest.ts).
 * No row may share an hour with a row seeded before: its page is added, not merged.
 */
export async function seedRows(page: Page, rows: ReplyRecord[]): Promise<void> {
  const pages = [...byHour(rows.map(digestOf))].map(([start, digests]) => encodePage(start, digests));
  await page.evaluate(
    ({ records, pages, tables }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('sycophancy-probe');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['replies', tables.figures, tables.keys], 'readwrite');
          const store = transaction.objectStore('replies');
          for (const record of records) store.put(record);
          for (const { start, figures, keys } of pages) {
            transaction.objectStore(tables.figures).add({ start, figures: new Float64Array(figures) });
            transaction.objectStore(tables.keys).add({ start, keys });
          }
          transaction.oncomplete = () => {
            open.result.close();
            done();
          };
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    {
      records: rows,
      pages: pages.map(({ figures, keys }) => ({ start: figures.start, figures: [...figures.figures], keys: keys.keys })),
      tables: { figures: DIGEST_TABLE, keys: DIGEST_KEY_TABLE },
    },
  );
}

/** Opens the report page at `query` (e.g. "?week=2026-W47&zone=UTC") over `rows`. */
export async function openReportWith(context: BrowserContext, extensionId: string, query: string, rows: ReplyRecord[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/report.html${query}`);
  // The page has opened (and so created) the database once it has a state other than loading.
  await page.waitForSelector('.page:not([data-state="loading"])');
  await seedRows(page, rows);
  await page.reload();
  await page.waitForSelector('.page[data-state="ready"]');
  return page;
}

/** The slice of the service worker's `chrome` global the report specs call (the project has no chrome typings). */
export interface WorkerGlobals {
  chrome: {
    alarms: {
      get(name: string): Promise<{ scheduledTime: number; periodInMinutes?: number } | undefined>;
      create(name: string, info: { when: number }): Promise<void>;
    };
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  };
}
