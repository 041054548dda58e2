import { describe, expect, it } from 'vitest';
import { formatDay, isoWeekOf, mondayOfIsoWeek, parseIsoWeek, weeksInIsoYear, dayFromYmd, formatIsoWeek } from '../../../src/report/calendar';
import { resolvePeriod } from '../../../src/report/period';
import { formatLocalTime, startOfLocalDay } from '../../../src/report/zone';

const HOUR = 3_600_000;
const hoursBetween = (starts: number[]) => starts.slice(1).map((t, i) => (t - (starts[i] as number)) / HOUR);

describe('ISO weeks', () => {
  it('puts the year boundary where ISO 8601 does', () => {
    expect(formatIsoWeek(isoWeekOf(dayFromYmd(2024, 12, 30)))).toBe('2025-W01');
    expect(formatIsoWeek(isoWeekOf(dayFromYmd(2027, 1, 1)))).toBe('2026-W53');
    expect(formatIsoWeek(isoWeekOf(dayFromYmd(2027, 1, 4)))).toBe('2027-W01');
    expect(formatDay(mondayOfIsoWeek(parseIsoWeek('2026-W01')))).toBe('2025-12-29');
    expect(formatDay(mondayOfIsoWeek(parseIsoWeek('2026-W53')))).toBe('2026-12-28');
  });

  it('knows which years have a week 53', () => {
    expect([2020, 2021, 2025, 2026].map(weeksInIsoYear)).toEqual([53, 52, 52, 53]);
    expect(() => parseIsoWeek('2025-W53')).toThrow('2025 has no ISO week 53');
    expect(() => parseIsoWeek('2026-W00')).toThrow(RangeError);
    expect(() => parseIsoWeek('2026-47')).toThrow('expected an ISO week like 2026-W47');
  });
});

describe('resolvePeriod', () => {
  it('defaults to the last complete ISO week in the given zone', () => {
    // Sunday 23:30 UTC is already Monday in Berlin: W47 has just ended there, not in UTC.
    const now = Date.parse('2026-11-22T23:30:00Z');
    expect(resolvePeriod(undefined, now, 'Europe/Berlin').period.id).toBe('2026-W47');
    expect(resolvePeriod(undefined, now, 'UTC').period.id).toBe('2026-W46');
    expect(resolvePeriod(undefined, Date.parse('2027-01-05T12:00:00Z'), 'UTC').period.id).toBe('2026-W53');
  });

  it('gives a DST week its real length in a zone that changes clocks', () => {
    const autumn = resolvePeriod('2026-W43', 0, 'Europe/Berlin');
    expect(hoursBetween(autumn.dayStarts)).toEqual([24, 24, 24, 24, 24, 24, 25]);
    expect((autumn.period.end - autumn.period.start) / HOUR).toBe(169);
    const spring = resolvePeriod('2026-W13', 0, 'Europe/Berlin');
    expect(hoursBetween(spring.dayStarts)).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(new Date(autumn.period.start).toISOString()).toBe('2026-10-18T22:00:00.000Z');
  });

  it('starts a day at the DST transition when midnight does not exist', () => {
    const start = startOfLocalDay('America/Havana', Date.UTC(2026, 2, 8));
    expect(formatLocalTime('America/Havana', start)).toBe('2026-03-08 01:00');
    // Fall back at 01:00 → 00:00: the day starts at the first midnight.
    expect(new Date(startOfLocalDay('America/Havana', Date.UTC(2026, 10, 1))).toISOString()).toBe('2026-11-01T04:00:00.000Z');
  });

  it('accepts fixed offsets', () => {
    const { period } = resolvePeriod('2026-W01', 0, '+05:30');
    expect(period).toMatchObject({ from: '2025-12-29', to: '2026-01-04', start: Date.parse('2025-12-28T18:30:00Z') });
  });

  it('resolves a date range with a previous span of the same length', () => {
    const resolved = resolvePeriod('2026-11-01..2026-11-10', 0, 'UTC');
    expect(resolved.period).toMatchObject({ kind: 'range', id: '2026-11-01..2026-11-10', from: '2026-11-01', to: '2026-11-10' });
    expect(resolved.previous).toMatchObject({ from: '2026-10-22', to: '2026-10-31' });
    expect(resolved.dayLabels).toHaveLength(10);
    expect(resolved.weekLabels.at(-1)).toBe('2026-W46');
  });

  it('ends the 12-week trend with the period, across a year boundary', () => {
    const { weekLabels, weekStarts } = resolvePeriod('2027-W02', 0, 'UTC');
    expect(weekLabels).toHaveLength(12);
    expect(weekLabels.slice(-4)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weekStarts).toHaveLength(13);
  });

  it('rejects bad specs and zones with readable messages', () => {
    expect(() => resolvePeriod('2026-11-10..2026-11-01', 0, 'UTC')).toThrow('ends (2026-11-01) before it starts');
    expect(() => resolvePeriod('2026-02-30..2026-03-01', 0, 'UTC')).toThrow('no such date');
    expect(() => resolvePeriod('2026-W47', 0, 'Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus"');
  });
});
