import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ProbeDatabase } from '../../../src/db';
import { row } from './fixtures';

const stored: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { set: async (items: Record<string, unknown>) => void Object.assign(stored, items) } } },
}));

const { nextReportTime, prepareWeeklyReport, SUMMARY_KEY } = await import('../../../src/background/features/weekly-report');

describe('nextReportTime', () => {
  const at = (text: string) => new Date(text).getTime(); // local time, like the alarm

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

describe('prepareWeeklyReport', () => {
  it('caches the last complete week’s headline figures', async () => {
    const db = new ProbeDatabase(`weekly-${Math.random()}`);
    const now = Date.parse('2026-11-26T10:00:00Z');
    await db.replies.bulkPut([
      row({ time: Date.parse('2026-11-18T12:00:00Z'), overall: 80 }),
      row({ time: Date.parse('2026-11-19T12:00:00Z'), overall: 20 }),
      row({ time: Date.parse('2026-11-25T12:00:00Z'), overall: 90 }), // this week: not in the report yet
    ]);
    const summary = await prepareWeeklyReport(db, now);
    expect(summary).toMatchObject({ week: '2026-W47', scored: 2, flagged: 1, flaggedShare: 0.5, averageOverall: 50, preparedAt: now });
    expect(summary.headline).toBe('50% of the 2 replies scored in week 47 was flagged as sycophantic, with an average score of 50/100.');
    expect(stored[SUMMARY_KEY]).toEqual(summary);
    await db.delete();
  });
});
