import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProbeDatabase } from '../../../src/db';
import { row } from './fixtures';

type Listener = (...args: any[]) => unknown;

/** Just enough of the extension APIs for the weekly-report feature, recording what it does. */
const fake = vi.hoisted(() => {
  const event = () => {
    const listeners: Listener[] = [];
    return { listeners, addListener: (l: Listener) => void listeners.push(l), removeListener: () => {}, hasListener: (l: Listener) => listeners.includes(l) };
  };
  const state = {
    storage: {} as Record<string, unknown>,
    alarms: new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>(),
    granted: false,
    notifications: [] as { id: string; options: Record<string, unknown> }[],
    tabs: [] as string[],
    onAlarm: event(),
    onClicked: event(),
    onChanged: event(),
    onAdded: event(),
  };
  const browser = {
    storage: {
      local: {
        get: async (key: string) => (key in state.storage ? { [key]: state.storage[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.storage, items),
      },
      onChanged: state.onChanged,
    },
    alarms: {
      onAlarm: state.onAlarm,
      get: async (name: string) => state.alarms.get(name),
      create: async (name: string, info: { when: number; periodInMinutes?: number }) => void state.alarms.set(name, { name, scheduledTime: info.when, periodInMinutes: info.periodInMinutes }),
    },
    permissions: { contains: async () => state.granted, onAdded: state.onAdded },
    notifications: { create: async (id: string, options: Record<string, unknown>) => void state.notifications.push({ id, options }), onClicked: state.onClicked },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
    tabs: { create: async ({ url }: { url: string }) => void state.tabs.push(url) },
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { nextReportTime, notificationText, prepareWeeklyReport, start, ALARM, SUMMARY_KEY } = await import('../../../src/background/features/weekly-report');
const { useLanguage } = await import('../../../src/i18n/browser');

const at = (text: string) => new Date(text).getTime(); // local time, like the alarm

describe('nextReportTime', () => {
  it('is the next chosen weekday at 09:00 local, strictly in the future', () => {
    // Thursday 26 Nov 2026.
    expect(nextReportTime(at('2026-11-26T10:00:00'), 1)).toBe(at('2026-11-30T09:00:00'));
    expect(nextReportTime(at('2026-11-26T08:59:00'), 4)).toBe(at('2026-11-26T09:00:00'));
    expect(nextReportTime(at('2026-11-26T09:00:00'), 4)).toBe(at('2026-12-03T09:00:00'));
    expect(nextReportTime(at('2026-12-31T12:00:00'), 0)).toBe(at('2027-01-03T09:00:00'));
  });

  it('lands on the chosen day for every weekday', () => {
    const now = at('2026-03-28T23:30:00');
    for (let day = 0; day < 7; day++) {
      const when = new Date(nextReportTime(now, day));
      expect([when.getDay(), when.getHours(), when.getMinutes()]).toEqual([day, 9, 0]);
      expect(when.getTime() - now).toBeLessThanOrEqual(7 * 86_400_000);
    }
  });
});

describe('the weekly report feature', () => {
  const NOW = Date.parse('2026-11-26T10:00:00Z');
  let db: ProbeDatabase;

  beforeEach(async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    Object.assign(fake.state, { storage: {}, alarms: new Map(), granted: false, notifications: [], tabs: [] });
    for (const event of [fake.state.onAlarm, fake.state.onClicked, fake.state.onChanged, fake.state.onAdded]) event.listeners.length = 0;
    db = new ProbeDatabase(`weekly-${Math.random()}`);
    await db.replies.bulkPut([
      row({ time: Date.parse('2026-11-18T12:00:00Z'), overall: 80 }),
      row({ time: Date.parse('2026-11-19T12:00:00Z'), overall: 20 }),
      row({ time: Date.parse('2026-11-25T12:00:00Z'), overall: 90 }), // this week: not in the report yet
    ]);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  const settle = () => vi.waitFor(() => expect(fake.state.alarms.size).toBeGreaterThan(0));
  const fire = async () => {
    for (const listener of fake.state.onAlarm.listeners) listener({ name: ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(fake.state.storage[SUMMARY_KEY]).toBeDefined());
  };

  it('caches the last complete week’s figures', async () => {
    const summary = await prepareWeeklyReport(db, NOW);
    expect(summary).toMatchObject({ week: '2026-W47', scored: 2, flagged: 1, flaggedShare: 0.5, averageOverall: 50, preparedAt: NOW });
    expect(fake.state.storage[SUMMARY_KEY]).toEqual(summary);
  });

  it('schedules the chosen day weekly, and moves when the setting changes', async () => {
    start(db);
    await settle();
    const alarm = fake.state.alarms.get(ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 7 * 24 * 60 });
    expect(new Date(alarm!.scheduledTime).getDay()).toBe(1);
    for (const listener of fake.state.onChanged.listeners) listener({ settings: { newValue: { weeklyReportDay: 5 } } }, 'local');
    await vi.waitFor(() => expect(new Date(fake.state.alarms.get(ALARM)!.scheduledTime).getDay()).toBe(5));
  });

  it('notifies only with the permission, and the notification opens that week’s report', async () => {
    start(db);
    await settle();
    await fire();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the permission check comes after the summary
    expect(fake.state.notifications).toEqual([]);

    fake.state.granted = true;
    fake.state.storage = {};
    await fire();
    await vi.waitFor(() => expect(fake.state.notifications).toHaveLength(1));
    expect(fake.state.notifications[0]!.options).toMatchObject({
      type: 'basic',
      title: 'Your sycophancy report for 2026-W47 is ready',
      message: '2 replies scored: 50% flagged as sycophantic, average score 50.',
    });
    for (const listener of fake.state.onClicked.listeners) listener(fake.state.notifications[0]!.id);
    await vi.waitFor(() => expect(fake.state.tabs).toEqual(['chrome-extension://id/report.html?week=2026-W47']));
  });
});

describe('notificationText', () => {
  const summary = { week: '2026-W47', scored: 1, flagged: 1, flaggedShare: 1, averageOverall: 72.5, preparedAt: 0 };
  afterEach(() => useLanguage(null));

  it('counts in the singular for one reply and says when nothing was scored', () => {
    expect(notificationText(summary).message).toBe('1 reply scored: 100% flagged as sycophantic, average score 72.5.');
    expect(notificationText({ ...summary, scored: 0, flagged: 0, flaggedShare: null, averageOverall: null }).message).toBe('No replies were scored that week.');
  });

  it('speaks the language chosen in the options', () => {
    useLanguage('de');
    expect(notificationText({ ...summary, scored: 3, flaggedShare: 0.333 })).toEqual({
      title: 'Dein Wochenbericht für 2026-W47 ist fertig',
      message: '3 Antworten bewertet: 33\u00a0% als anbiedernd markiert, Durchschnittswert 72,5.',
    });
  });
});
