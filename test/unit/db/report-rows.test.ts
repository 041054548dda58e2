import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ProbeDatabase } from '../../../src/db';
import { buildWeeklyReport, resolvePeriod, type WeeklyReport } from '../../../src/report';
import { loadReport, neededSpan, readOrder, startReads } from '../../../src/db/report-rows';
import { syntheticRows } from '../report/fixtures';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const YEAR_ROWS = syntheticRows(3000, NOW, 365);
const open: ProbeDatabase[] = [];

async function seeded(): Promise<ProbeDatabase> {
  const db = new ProbeDatabase(`report-${Math.random()}`);
  open.push(db);
  await db.replies.bulkPut(YEAR_ROWS);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('neededSpan', () => {
  it('covers the previous period and the 12 trend weeks, and nothing after the period', () => {
    const week = resolvePeriod('2026-W47', NOW, 'UTC');
    expect(neededSpan(week)).toEqual({ from: Date.parse('2026-08-31T00:00:00Z'), to: Date.parse('2026-11-23T00:00:00Z') });
    // A range that ends mid-week still needs the whole trend week it ends in.
    const range = resolvePeriod('2026-11-01..2026-11-18', NOW, 'UTC');
    expect(neededSpan(range)).toEqual({ from: Date.parse('2026-08-31T00:00:00Z'), to: Date.parse('2026-11-23T00:00:00Z') });
    // A long range reaches back further than the trend for its previous period.
    const long = resolvePeriod('2026-06-01..2026-11-22', NOW, 'UTC');
    expect(neededSpan(long).from).toBe(long.previous.start);
  });
});

describe('readOrder', () => {
  it('reads the period with the one before it first, then the rest of the trend, without overlap', () => {
    const week = resolvePeriod('2026-W47', NOW, 'UTC');
    const { first, rest } = readOrder(week);
    expect(first).toEqual({ from: Date.parse('2026-11-09T00:00:00Z'), to: Date.parse('2026-11-23T00:00:00Z') });
    expect(rest).toEqual([{ from: Date.parse('2026-08-31T00:00:00Z'), to: first.from }]);
    // A range ending mid-week also needs the rest of its last trend week.
    const range = readOrder(resolvePeriod('2026-11-10..2026-11-18', NOW, 'UTC'));
    expect(range.rest.at(-1)).toEqual({ from: Date.parse('2026-11-19T00:00:00Z'), to: Date.parse('2026-11-23T00:00:00Z') });
    // A range longer than the trend needs no second read before it.
    expect(readOrder(resolvePeriod('2026-03-01..2026-11-22', NOW, 'UTC')).rest).toEqual([]);
  });
});

describe('loadReport', () => {
  it('reads full rows only for the period, digests only for the needed span, and gives the same report as the whole history', async () => {
    const db = await seeded();
    const resolved = resolvePeriod('2026-W47', NOW, 'Europe/Berlin');
    const reads = startReads(db, resolved);
    const [rows, near, rest] = await Promise.all([reads.rows, reads.near, reads.rest]);
    const { period } = resolved;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.time >= period.start && row.time < period.end)).toBe(true);
    const { from, to } = neededSpan(resolved);
    const digests = near.concat(rest);
    expect(digests.every((digest) => digest.time >= from && digest.time < to)).toBe(true);
    expect(digests).toHaveLength(YEAR_ROWS.filter((row) => row.time >= from && row.time < to).length);
    expect(digests.length).toBeLessThan(YEAR_ROWS.length / 3);

    const options = { now: NOW, period: '2026-W47', zone: 'Europe/Berlin' };
    const fromDb = await loadReport(db, options);
    expect(fromDb).toEqual(buildWeeklyReport(YEAR_ROWS, options));
    expect(fromDb.totals.scored).toBeGreaterThan(0);
    expect(fromDb.previous.scored).toBeGreaterThan(0);
  });

  it('hands over the period’s own figures first, then the report with the whole trend', async () => {
    const db = await seeded();
    const options = { now: NOW, period: '2026-11-10..2026-11-18', zone: 'UTC' };
    const first: WeeklyReport[] = [];
    const full = await loadReport(db, options, (report) => first.push(report));
    expect(full).toEqual(buildWeeklyReport(YEAR_ROWS, options));
    expect(first).toHaveLength(1);
    const { weeks, ...figures } = first[0]!;
    const { weeks: fullWeeks, ...fullFigures } = full;
    expect(figures).toEqual(fullFigures);
    // Only trend weeks outside the two periods were incomplete: week 46 (9–15 Nov) was read whole.
    expect(weeks.at(-2)).toEqual(fullWeeks.at(-2));
    expect(weeks.at(-1)!.scored).toBeLessThan(fullWeeks.at(-1)!.scored);
    expect(weeks[0]!.scored).toBe(0);
    expect(fullWeeks[0]!.scored).toBeGreaterThan(0);
  });

  it('defaults to the last complete week and rejects a bad week readably', async () => {
    const db = await seeded();
    expect((await loadReport(db, { now: NOW, zone: 'UTC' })).period.id).toBe('2026-W47');
    await expect(loadReport(db, { now: NOW, period: '2025-W53', zone: 'UTC' })).rejects.toThrow('2025 has no ISO week 53');
  });
});
