// For the popup (and any extension page): is the history being saved? Asks the background, which
// keeps the record of failed writes (src/background/features/storage-health.ts).
import browser from 'webextension-polyfill';
import type { StorageHealth, StorageHealthRequest } from '../../db/health';
import { formatNumber, plural, t } from '../../i18n/browser';

export type { StorageHealth } from '../../db/health';

export async function fetchStorageHealth(): Promise<StorageHealth> {
  return (await browser.runtime.sendMessage({ type: 'storage-health' } satisfies StorageHealthRequest)) as StorageHealth;
}

export interface HealthNotice {
  level: 'ok' | 'warning' | 'error';
  text: string;
}

const NEARLY_FULL = 0.9;
const megabytes = (bytes: number) => {
  const digits = bytes < 10 * 1024 * 1024 ? 1 : 0;
  return `${formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: digits, maximumFractionDigits: digits })} MB`;
};

/** One sentence for the user, or null when all is well and there is nothing to say. */
export function describeStorageHealth(health: StorageHealth): HealthNotice | null {
  if (health.failing && health.lastError) {
    return { level: 'error', text: plural('healthFailing', health.failedWrites, [health.lastError.name, health.lastError.message]) };
  }
  if (health.usage !== null && health.quota !== null && health.quota > 0 && health.usage / health.quota >= NEARLY_FULL) {
    return { level: 'warning', text: t('healthNearlyFull', [megabytes(health.usage), megabytes(health.quota)]) };
  }
  if (health.failedWrites > 0 && health.lastError) {
    return { level: 'ok', text: plural('healthRecovered', health.failedWrites, [health.lastError.name]) };
  }
  return null;
}
