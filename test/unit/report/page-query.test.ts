import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../src/report';
import { queryFromSearch, searchFromQuery, shiftPeriod } from '../../../src/ui/report/page-query';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const period = (spec: string) => resolvePeriod(spec, NOW, 'UTC').period;

describe('report page address', () => {
  it('reads a week, a range and a zone, and nothing when absent', () => {
    expect(queryFromSearch('?week=2026-W47')).toEqual({ period: '2026-W47' });
    expect(queryFromSearch('?from=2026-11-01&to=2026-11-10&zone=Europe%2FBerlin')).toEqual({ period: { from: '2026-11-01', to: '2026-11-10' }, zone: 'Europe/Berlin' });
    expect(queryFromSearch('')).toEqual({});
    // A half range is not a range: fall back to the week, or the default.
    expect(queryFromSearch('?from=2026-11-01')).toEqual({});
  });

  it('writes what it reads', () => {
    for (const query of [{ period: '2026-W47' }, { period: { from: '2026-11-01', to: '2026-11-10' }, zone: '+05:30' }, {}]) {
      expect(queryFromSearch(searchFromQuery(query))).toEqual(query);
    }
    expect(searchFromQuery({ period: '2026-11-01..2026-11-10' })).toBe('?from=2026-11-01&to=2026-11-10');
    expect(searchFromQuery({ period: { week: '2026-W01' } })).toBe('?week=2026-W01');
  });
});

describe('previous and next period', () => {
  it('moves a week by ISO weeks, across years and week 53', () => {
    expect(shiftPeriod(period('2026-W47'), -1)).toBe('2026-W46');
    expect(shiftPeriod(period('2026-W01'), -1)).toBe('2025-W52');
    expect(shiftPeriod(period('2026-W53'), 1)).toBe('2027-W01');
    expect(shiftPeriod(period('2026-W52'), 1)).toBe('2026-W53');
  });

  it('moves a range by its own length', () => {
    expect(shiftPeriod(period('2026-11-01..2026-11-10'), -1)).toEqual({ from: '2026-10-22', to: '2026-10-31' });
    expect(shiftPeriod(period('2026-12-31..2026-12-31'), 1)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });
});
