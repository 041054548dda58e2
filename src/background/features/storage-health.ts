import browser from 'webextension-polyfill';
import type { ProbeDatabase } from '../../db';
import { isStorageHealthRequest, type StorageHealth } from '../../db/health';
import { readHealthLog } from './lib/health-log';

async function estimate(): Promise<Pick<StorageHealth, 'usage' | 'quota'>> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}

/** Answers { type: 'storage-health' } from the extension's pages (the popup shows failed writes). */
export function start(_db: ProbeDatabase): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<StorageHealth> | undefined => {
    // Only the extension's own pages ask; content scripts on chat sites have no business knowing.
    if (!isStorageHealthRequest(message) || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    return Promise.all([readHealthLog(), estimate()]).then(([log, space]) => ({ ...log, ...space }));
  });
}
