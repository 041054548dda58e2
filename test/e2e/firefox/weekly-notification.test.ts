// The weekly report's notification in Firefox ESR: the report page asks for the optional
// notifications permission from a real click, and the weekly alarm then shows a notification
// naming last week. (Chromium cannot accept an extension permission prompt under automation;
// Firefox can skip the prompt by a pref, and the grant still goes through permissions.request.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useFirefoxWithExtension, waitInExtensionPage } from './support';

interface ExtensionPageGlobals {
  browser: {
    alarms: { create(name: string, info: { when: number }): Promise<void> };
    notifications: { getAll(): Promise<Record<string, { title: string; message: string }>> };
    permissions: { contains(query: { permissions: string[] }): Promise<boolean> };
    storage: { local: { get(key: string): Promise<Record<string, { week: string } | undefined>> } };
  };
}

const firefox = useFirefoxWithExtension({
  'extensions.webextOptionalPermissionPrompts': false,
  // Firefox's own alert windows: headless has no system notification service to keep them.
  'alerts.useSystemBackend': false,
});

test('granting notifications on the report page, then the weekly alarm, shows a "report ready" notification', async () => {
  const report = await firefox.openExtensionPage('report.html', '#notify-button');
  await report.click('#notify-button');
  await report.waitForSelector('#notify-status', { timeout: 15_000 });
  assert.equal(await report.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.permissions.contains({ permissions: ['notifications'] })), true);

  // Fire the weekly alarm now; the background prepares last week's report and notifies.
  await report.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.alarms.create('weekly-report', { when: Date.now() }));
  await waitInExtensionPage(report, async () => Object.keys(await (globalThis as unknown as ExtensionPageGlobals).browser.notifications.getAll()).length > 0);
  const shown = await report.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).browser.notifications.getAll());
  const summary = await report.evaluate(async () => (await (globalThis as unknown as ExtensionPageGlobals).browser.storage.local.get('weeklyReportSummary')).weeklyReportSummary);
  assert.ok(summary, 'the alarm prepared no weekly summary');
  assert.match(summary.week, /^\d{4}-W\d{2}$/);
  const notifications = Object.values(shown);
  assert.equal(notifications.length, 1);
  assert.match(notifications[0]!.title, new RegExp(summary.week));
  // Nothing was scored in this fresh profile: the notification says so rather than showing empty figures.
  assert.equal(notifications[0]!.message, 'No replies were scored that week.');
});
