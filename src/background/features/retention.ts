import browser from 'webextension-polyfill';
import type { ProbeDatabase } from '../../db';
import { deleteRepliesBefore, retentionCutoff } from '../../db/retention';
import { loadSettings, onSettingsChanged } from '../../settings';

const ALARM = 'retention-purge';
const DAILY_MINUTES = 24 * 60;

/** Deletes replies older than the user's retention setting, and notes when it last did. */
export async function purgeExpired(db: ProbeDatabase, now = Date.now()): Promise<number> {
  const cutoff = retentionCutoff(now, (await loadSettings()).retentionDays);
  if (cutoff === null) return 0;
  const deleted = await deleteRepliesBefore(db, cutoff);
  await db.meta.put({ key: 'last-purge', value: { at: now, cutoff, deleted } });
  return deleted;
}

function purgeAndLog(db: ProbeDatabase): void {
  purgeExpired(db).catch((error: unknown) => console.error('Sycophancy Probe: could not delete expired history', error));
}

/**
 * A daily alarm (it outlives the service worker, which a timer would not) purges expired replies;
 * shortening the retention in the settings purges at once.
 */
export function start(db: ProbeDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) purgeAndLog(db);
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: DAILY_MINUTES });
  });
  onSettingsChanged(() => purgeAndLog(db));
}
