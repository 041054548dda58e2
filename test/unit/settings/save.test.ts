import { describe, expect, it, vi } from 'vitest';

// storage.local as the browser keeps it: each call answers after a turn of the event loop, so
// overlapping read-merge-write saves really do overlap.
const stored = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('webextension-polyfill', () => {
  const later = <T>(value: () => T) => new Promise<T>((done) => setTimeout(() => done(value()), 1));
  return {
    default: {
      storage: {
        local: {
          get: (key: string) => later(() => (key in stored ? { [key]: structuredClone(stored[key]) } : {})),
          set: (items: Record<string, unknown>) => later(() => void Object.assign(stored, structuredClone(items))),
        },
        onChanged: { addListener: () => {}, removeListener: () => {} },
      },
    },
  };
});

const { loadSettings, saveSettings } = await import('../../../src/settings');

describe('saveSettings', () => {
  it('keeps every change when saves overlap (quick clicks in the options)', async () => {
    await Promise.all([saveSettings({ textStorage: 'scores' }), saveSettings({ retentionDays: 90 }), saveSettings({ weeklyReportDay: 5 })]);
    expect(await loadSettings()).toMatchObject({ textStorage: 'scores', retentionDays: 90, weeklyReportDay: 5 });
  });

  it('answers each save with the settings as they stood after it', async () => {
    const [first, second] = await Promise.all([saveSettings({ flagThreshold: 70 }), saveSettings({ badgeStyle: 'detailed' })]);
    expect(first).toMatchObject({ flagThreshold: 70 });
    expect(second).toMatchObject({ flagThreshold: 70, badgeStyle: 'detailed' });
  });
});
