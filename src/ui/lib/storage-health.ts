// For the popup (and any extension page): is the history being saved? Asks the background, which
// keeps the record of failed writes (src/background/features/storage-health.ts).
import browser from 'webextension-polyfill';
import type { StorageHealth, StorageHealthRequest } from '../../db/health';

export type { StorageHealth } from '../../db/health';

export async function fetchStorageHealth(): Promise<StorageHealth> {
  return (await browser.runtime.sendMessage({ type: 'storage-health' } satisfies StorageHealthRequest)) as StorageHealth;
}

export interface HealthNotice {
  level: 'ok' | 'warning' | 'error';
  text: string;
}

const NEARLY_FULL = 0.9;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** One sentence for the user, or null when all is well and there is nothing to say. */
export function describeStorageHealth(health: StorageHealth): HealthNotice | null {
  if (health.failing && health.lastError) {
    return {
      level: 'error',
      text: `Scores could not be saved (${health.lastError.name}: ${health.lastError.message}). They are kept in their tabs and retried; ${health.failedWrites} failed write(s) so far.`,
    };
  }
  if (health.usage !== null && health.quota !== null && health.quota > 0 && health.usage / health.quota >= NEARLY_FULL) {
    return { level: 'warning', text: `Storage is nearly full: ${megabytes(health.usage)} of ${megabytes(health.quota)} used.` };
  }
  if (health.failedWrites > 0 && health.lastError) {
    return { level: 'ok', text: `Saving works again; ${health.failedWrites} write(s) failed earlier and were retried (last: ${health.lastError.name}).` };
  }
  return null;
}
