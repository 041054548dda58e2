import { expect, test } from '../support/extension';
import { openReportWith, storedRow, type WorkerGlobals } from '../support/report';

const DAY = 86_400_000;

test('weekly report alarm: scheduled on the chosen day, re-scheduled on a settings change, prepares last week', async ({ context, extensionId, serviceWorker }) => {
  const alarmDay = () =>
    serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      const alarm = await chrome.alarms.get('weekly-report');
      return alarm ? { day: new Date(alarm.scheduledTime).getDay(), hour: new Date(alarm.scheduledTime).getHours(), period: alarm.periodInMinutes } : null;
    });
  await expect.poll(alarmDay).toEqual({ day: 1, hour: 9, period: 7 * 24 * 60 });

  await serviceWorker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.storage.local.set({ settings: { weeklyReportDay: 3 } }));
  await expect.poll(alarmDay).toMatchObject({ day: 3, hour: 9 });

  // Seven days ago is always inside the last complete ISO week.
  const lastWeekDay = new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10);
  const page = await openReportWith(context, extensionId, '', [storedRow(lastWeekDay, 70), storedRow(lastWeekDay, 10)]);
  const week = await page.locator('#week-input').inputValue();
  await expect(page.locator('.headline')).toContainText('50% of the 2 replies');

  // Fire it now (unpacked extensions may use any delay); the handler keys on the alarm's name.
  await serviceWorker.evaluate(() => (globalThis as unknown as WorkerGlobals).chrome.alarms.create('weekly-report', { when: Date.now() }));
  const summary = () => serviceWorker.evaluate(async () => (await (globalThis as unknown as WorkerGlobals).chrome.storage.local.get('weeklyReportSummary')).weeklyReportSummary);
  await expect.poll(summary, { timeout: 10_000 }).toMatchObject({ week, scored: 2, flagged: 1, averageOverall: 40 });
});
