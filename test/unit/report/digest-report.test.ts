// The extension builds a report from the period's full rows plus the digests of the span around
// it; the CLI from full rows only. Both must give the same report, to the last figure.
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/db/digest';
import type { ReplyRecord } from '../../../src/db/record';
import { buildWeeklyReport, resolvePeriod } from '../../../src/report';
import { neededSpan } from '../../../src/db/report-rows';
import { row, syntheticRows } from './fixtures';

const NOW = Date.parse('2026-11-25T10:00:00Z');

/** Rows on every instant the report splits time at, and a millisecond either side. */
function boundaryRows(period: string, zone: string): ReplyRecord[] {
  const resolved = resolvePeriod(period, NOW, zone);
  const edges = [...resolved.weekStarts, ...resolved.dayStarts, resolved.previous.start, resolved.previous.end, resolved.period.start, resolved.period.end];
  return edges.flatMap((edge, i) =>
    [-1, 0, 1].map((offset) =>
      row({
        time: edge + offset,
        overall: i % 5 === 0 ? null : (i * 17 + offset * 31) % 101,
        flattery: i % 5 === 0 ? null : (i * 7) % 101,
        emoji: i % 5 === 0 ? null : (i * 3) % 61,
        agreement: i % 5 === 0 ? null : (i * 11) % 91,
        language: i % 5 === 0 ? 'ja' : 'en',
        capitulation: (i + offset) % 4 === 0,
        evidence: [{ dimension: 'agreement', text: 'You are right', start: 0, end: 13 }],
      }),
    ),
  );
}

/** What loadReport reads: full rows of the period only, digests of the needed span. */
function fromDigests(rows: ReplyRecord[], period: string, zone: string) {
  const resolved = resolvePeriod(period, NOW, zone);
  const { from, to } = neededSpan(resolved);
  const inPeriod = rows.filter((r) => r.time >= resolved.period.start && r.time < resolved.period.end);
  const history = rows.filter((r) => r.time >= from && r.time < to).map(digestOf);
  return buildWeeklyReport(inPeriod, { now: NOW, period, zone, history });
}

const CASES: [period: string, zone: string][] = [
  ['2026-W47', 'UTC'],
  ['2026-W47', 'Asia/Kolkata'], // +5:30
  ['2026-W47', 'Asia/Kathmandu'], // +5:45
  ['2026-W44', 'Europe/Berlin'], // the week DST ended: a 25-hour Sunday
  ['2026-W11', 'America/New_York'], // the week DST started: a 23-hour Sunday
  ['2026-11-04..2026-11-18', '-03:30'],
  ['2026-03-01..2026-11-22', 'Australia/Lord_Howe'], // longer than the trend; half-hour DST
];

describe('a report from the period’s rows and digests', () => {
  const year = syntheticRows(6000, NOW, 365);

  for (const [period, zone] of CASES) {
    it(`equals the report from full rows: ${period} in ${zone}`, () => {
      const rows = [...year, ...boundaryRows(period, zone)];
      const expected = buildWeeklyReport(rows, { now: NOW, period, zone });
      // The case exercises what digests stand in for: trend weeks, the previous period, unsupported rows, capitulations.
      expect(expected.previous.scored).toBeGreaterThan(0);
      expect(expected.previous.unsupported + expected.previous.capitulations).toBeGreaterThan(0);
      expect(expected.weeks.filter((week) => week.scored > 0).length).toBeGreaterThan(6);
      expect(expected.weeks.some((week) => week.unsupported > 0 && week.capitulations > 0)).toBe(true);
      expect(fromDigests(rows, period, zone)).toEqual(expected);
    });
  }

  it('counts the trend and the previous period from the digests alone when they are given', () => {
    const period = '2026-W47';
    const resolved = resolvePeriod(period, NOW, 'UTC');
    const before = row({ time: resolved.previous.start, overall: 70 });
    const report = buildWeeklyReport([before], { now: NOW, period, zone: 'UTC', history: [] });
    expect(report.previous.scored).toBe(0);
    expect(buildWeeklyReport([], { now: NOW, period, zone: 'UTC', history: [digestOf(before)] }).previous.scored).toBe(1);
  });
});
