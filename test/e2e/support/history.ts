// Helpers for the history and storage e2e tests: the demo chat, stopping the extension's service
// worker the way Chrome does when it idles, and opening the history page.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export const DEMO_URL = 'https://chatgpt.com/c/e2e-demo?autostream=0';

interface Demo {
  addUserTurn(text: string): void;
  streamReply(text: string, options: { intervalMs: number }): Promise<void>;
}

/** Adds a user turn and streams an assistant reply on the demo page; resolves when it has finished. */
export async function streamTurn(page: Page, user: string, reply: string, intervalMs = 60): Promise<void> {
  await page.evaluate(
    ([user, reply, intervalMs]) => {
      const demo = (window as unknown as { __demo: Demo }).__demo;
      demo.addUserTurn(user);
      return demo.streamReply(reply, { intervalMs });
    },
    [user, reply, intervalMs] as const,
  );
}

/**
 * Stops the extension's service worker through DevTools' ServiceWorker domain (what
 * chrome://serviceworker-internals' Stop button does). The session must belong to a page of the
 * extension's own origin; runningStatus events tell when the worker has really stopped.
 */
export class WorkerSwitch {
  private constructor(private session: CDPSession, private page: Page) {}
  statuses: string[] = [];

  static async open(context: BrowserContext, extensionId: string): Promise<WorkerSwitch> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const session = await context.newCDPSession(page);
    const control = new WorkerSwitch(session, page);
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL.includes(extensionId)) control.statuses.push(version.runningStatus);
    });
    await session.send('ServiceWorker.enable');
    return control;
  }

  get stops(): number {
    return this.statuses.filter((s) => s === 'stopped').length;
  }

  async stop(): Promise<void> {
    await this.session.send('ServiceWorker.stopAllWorkers');
  }

  /**
   * Stops the worker if it is running, not while it is starting: Chrome's idle stop only ever
   * stops a running worker. Stopped through DevTools mid-start, Chromium can leave an extension's
   * worker stopped for good (no message starts it again, not even from the extension's own
   * pages), which no extension can recover from.
   */
  async stopIfRunning(): Promise<void> {
    if (this.statuses.at(-1) === 'running') await this.stop();
  }

  async close(): Promise<void> {
    await this.session.detach();
    await this.page.close();
  }
}

export async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/history.html`);
  return page;
}

/**
 * A large ChatGPT export: the genuine conversation repeated `copies` times under new ids, written
 * to `path` (setInputFiles streams a path; a buffer this big would be copied through the protocol).
 */
export async function writeLargeExport(genuine: string, path: string, copies: number): Promise<number> {
  const { writeFile } = await import('node:fs/promises');
  const [conversation] = JSON.parse(genuine) as Record<string, unknown>[];
  const all = Array.from({ length: copies }, (_, i) => ({ ...conversation, id: `copy-${i}`, conversation_id: `copy-${i}` }));
  const text = JSON.stringify(all);
  await writeFile(path, text);
  return text.length;
}

/** The few extension APIs the tests call inside pages and the worker (their code runs there, typed here). */
export interface ChromeApi {
  runtime: { sendMessage<T = Record<string, unknown>>(message: unknown): Promise<T> };
  alarms: { get(name: string, callback: (alarm: unknown) => void): void };
}
