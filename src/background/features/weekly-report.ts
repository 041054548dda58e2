// The weekly report: an alarm on the user's chosen day prepares last week's report (its figures
// cached in storage.local) and, if the optional notifications permission was granted, says so.
import browser from 'webextension-polyfill';
import type { ProbeDatabase } from '../../db';
import { systemZone, type WeeklyReport } from '../../report';
import { loadSettings, onSettingsChanged } from '../../settings';
import { formatNumber, initI18n, plural, t } from '../../i18n/browser';
import { loadReport } from '../../db/report-rows';

export const ALARM = 'weekly-report';
export const SUMMARY_KEY = 'weeklyReportSummary';
const NOTIFICATION = 'weekly-report-ready';
/** Local hour the report is prepared at: after the night, before most people read it. */
const HOUR = 9;
const WEEK_MINUTES = 7 * 24 * 60;

/** What the popup or a notification needs without building the report again. */
export interface WeeklySummary {
  week: string;
  scored: number;
  flagged: number;
  flaggedShare: number | null;
  averageOverall: number | null;
  preparedAt: number;
}

/** The next `HOUR`:00 local time on `day` (0 = Sunday) strictly after `now`. */
export function nextReportTime(now: number, day: number, hour = HOUR): number {
  const at = new Date(now);
  at.setHours(hour, 0, 0, 0);
  at.setDate(at.getDate() + ((day - at.getDay() + 7) % 7));
  if (at.getTime() <= now) at.setDate(at.getDate() + 7);
  return at.getTime();
}

export function summaryOf(report: WeeklyReport, preparedAt: number): WeeklySummary {
  const { totals } = report;
  return {
    week: report.period.id,
    scored: totals.scored,
    flagged: totals.flagged,
    flaggedShare: totals.flaggedShare,
    averageOverall: totals.averageOverall,
    preparedAt,
  };
}

async function schedule(day: number, force: boolean): Promise<void> {
  const existing = await browser.alarms.get(ALARM);
  // Re-creating an alarm that is already right would push it back a week. A weekly period drifts
  // by an hour across a DST change: the hour is checked too.
  const at = existing && new Date(existing.scheduledTime);
  if (!force && at && at.getDay() === day && at.getHours() === HOUR) return;
  await browser.alarms.create(ALARM, { when: nextReportTime(Date.now(), day), periodInMinutes: WEEK_MINUTES });
}

export async function prepareWeeklyReport(db: ProbeDatabase, now = Date.now()): Promise<WeeklySummary> {
  const report = await loadReport(db, { now, zone: systemZone() });
  const summary = summaryOf(report, now);
  await browser.storage.local.set({ [SUMMARY_KEY]: summary });
  return summary;
}

/** The notification's text, in the language the user chose. */
export function notificationText(summary: WeeklySummary): { title: string; message: string } {
  const title = t('notificationReadyTitle', summary.week);
  if (summary.scored === 0 || summary.flaggedShare === null || summary.averageOverall === null) return { title, message: t('notificationReadyEmpty') };
  const share = formatNumber(summary.flaggedShare, { style: 'percent', maximumFractionDigits: 0 });
  return { title, message: plural('notificationReadyFigures', summary.scored, [share, formatNumber(summary.averageOverall)]) };
}

async function notify(summary: WeeklySummary): Promise<void> {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  // The worker may have slept since the language was last read.
  await initI18n().catch(() => undefined);
  await browser.notifications.create(NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    ...notificationText(summary),
  });
}

function openReport(id: string): void {
  if (id !== NOTIFICATION) return;
  browser.storage.local
    .get(SUMMARY_KEY)
    .then((stored) => {
      const week = (stored[SUMMARY_KEY] as WeeklySummary | undefined)?.week;
      return browser.tabs.create({ url: browser.runtime.getURL(week ? `report.html?week=${week}` : 'report.html') });
    })
    .catch((error: unknown) => console.error('Sycophancy Probe: could not open the weekly report', error));
}

/** The notifications namespace exists only once the optional permission is granted. */
function listenForClicks(): boolean {
  if (!browser.notifications?.onClicked) return false;
  if (!browser.notifications.onClicked.hasListener(openReport)) browser.notifications.onClicked.addListener(openReport);
  return true;
}

export function start(db: ProbeDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    prepareWeeklyReport(db)
      .then(notify)
      .catch((error: unknown) => console.error('Sycophancy Probe: weekly report failed', error));
  });
  if (!listenForClicks()) browser.permissions.onAdded.addListener(() => void listenForClicks());
  let day: number | null = null;
  onSettingsChanged((settings) => {
    if (settings.weeklyReportDay === day) return;
    day = settings.weeklyReportDay;
    schedule(day, true).catch((error: unknown) => console.error('Sycophancy Probe: could not schedule the weekly report', error));
  });
  loadSettings()
    .then((settings) => {
      day ??= settings.weeklyReportDay;
      return schedule(settings.weeklyReportDay, false);
    })
    .catch((error: unknown) => console.error('Sycophancy Probe: could not schedule the weekly report', error));
}
