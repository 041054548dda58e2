import { describe, expect, it } from 'vitest';
import { buildWeeklyReport } from '../../../src/report';
import { normalisePhrase } from '../../../src/report/phrases';
import { changes, headline } from '../../../src/report/render/narrative';
import type { WeeklyReport } from '../../../src/report/types';
import { row, syntheticRows } from './fixtures';

/** Wednesday of 2026-W47; the default period is then W46, so tests name the week they mean. */
const NOW = Date.parse('2026-11-25T10:00:00Z');
const W47 = { now: NOW, period: '2026-W47', zone: 'UTC' };
const at = (iso: string) => Date.parse(iso);

/** Every number anywhere in the model is finite: no NaN or Infinity leaks into a render. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('buildWeeklyReport', () => {
  it('summarises a week and compares it with the week before', () => {
    const rows = [
      row({ time: at('2026-11-16T09:00:00Z'), overall: 80 }),
      row({ time: at('2026-11-18T09:00:00Z'), overall: 20 }),
      row({ time: at('2026-11-22T23:59:59Z'), overall: 50 }), // exactly the threshold: flagged
      row({ time: at('2026-11-23T00:00:00Z'), overall: 100 }), // next week: ignored
      row({ time: at('2026-11-10T09:00:00Z'), overall: 10 }),
      row({ time: at('2026-11-11T09:00:00Z'), overall: 30 }),
    ];
    const report = buildWeeklyReport(rows, W47);
    expect(report.totals).toEqual({ scored: 3, flagged: 2, flaggedShare: 0.6667, averageOverall: 50, unsupported: 0, capitulations: 0 });
    expect(report.previous).toMatchObject({ scored: 2, flagged: 0, flaggedShare: 0, averageOverall: 20 });
    expect(report.change).toEqual({ scored: 1, flaggedSharePoints: 66.7, averageOverall: 30 });
    expect(report.days.map((d) => d.scored)).toEqual([1, 0, 1, 0, 0, 0, 1]);
    expect(report.days[0]).toMatchObject({ label: '2026-11-16', averageOverall: 80 });
    expect(report.replies.map((r) => r.overall)).toEqual([80, 20, 50]);
  });

  it('gives an empty week a model without NaN', () => {
    const report = buildWeeklyReport([], W47);
    expect(report.totals).toEqual({ scored: 0, flagged: 0, flaggedShare: null, averageOverall: null, unsupported: 0, capitulations: 0 });
    expect(report.change).toEqual({ scored: 0, flaggedSharePoints: null, averageOverall: null });
    expect(report.days).toHaveLength(7);
    expect(report.weeks).toHaveLength(12);
    expect(report.dimensions.every((d) => d.average === null && d.change === null)).toBe(true);
    expect(numbers(report).every(Number.isFinite)).toBe(true);
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('handles a week with one day of data', () => {
    const report = buildWeeklyReport([row({ time: at('2026-11-19T12:00:00Z'), overall: 64 })], W47);
    expect(report.days.filter((d) => d.scored > 0).map((d) => d.label)).toEqual(['2026-11-19']);
    expect(report.totals.averageOverall).toBe(64);
    expect(report.change.averageOverall).toBeNull();
    expect(numbers(report).every(Number.isFinite)).toBe(true);
  });

  it('counts unsupported-language replies separately and never averages them as 0', () => {
    const rows = [
      row({ time: at('2026-11-17T09:00:00Z'), overall: 60 }),
      row({ time: at('2026-11-17T10:00:00Z'), overall: null, flattery: null, emoji: null, agreement: null, language: 'ja' }),
      row({ time: at('2026-11-17T11:00:00Z'), overall: null, flattery: null, emoji: null, agreement: null, language: 'ja' }),
    ];
    const report = buildWeeklyReport(rows, W47);
    expect(report.totals).toMatchObject({ scored: 1, unsupported: 2, averageOverall: 60, flaggedShare: 1 });
    expect(report.dimensions.find((d) => d.dimension === 'flattery')?.average).toBe(40);
    expect(report.unsupportedLanguages).toEqual([{ key: 'ja', count: 2 }]);
    expect(report.bySite[0]).toMatchObject({ key: 'chatgpt', scored: 1, unsupported: 2, averageOverall: 60 });
    expect(report.replies).toHaveLength(3);
  });

  it('buckets by local day across the autumn DST change', () => {
    // Berlin, Sunday 25 Oct 2026 is 25 hours long; 22:30 UTC is 23:30 local Sunday, 23:30 UTC is Monday.
    const rows = [row({ time: at('2026-10-25T22:30:00Z') }), row({ time: at('2026-10-25T23:30:00Z') })];
    const berlin = buildWeeklyReport(rows, { now: NOW, period: '2026-W43', zone: 'Europe/Berlin' });
    expect(berlin.days.at(-1)).toMatchObject({ label: '2026-10-25', scored: 1 });
    expect(berlin.totals.scored).toBe(1);
    const utc = buildWeeklyReport(rows, { now: NOW, period: '2026-W43', zone: 'UTC' });
    expect(utc.totals.scored).toBe(2);
  });

  it('places replies in ISO week 53 and week 1 by local time', () => {
    const rows = [
      row({ time: at('2027-01-01T12:00:00Z') }), // Friday: 2026-W53
      row({ time: at('2027-01-03T23:30:00Z') }), // Sunday UTC, already Monday 2027-W01 in Tokyo
      row({ time: at('2027-01-04T12:00:00Z') }), // Monday: 2027-W01
    ];
    const utc = buildWeeklyReport(rows, { now: NOW, period: '2026-W53', zone: 'UTC' });
    expect(utc.totals.scored).toBe(2);
    const tokyo = buildWeeklyReport(rows, { now: NOW, period: '2027-W01', zone: 'Asia/Tokyo' });
    expect(tokyo.totals.scored).toBe(2);
    expect(tokyo.weeks.slice(-2).map((w) => [w.label, w.scored])).toEqual([
      ['2026-W53', 1],
      ['2027-W01', 2],
    ]);
  });

  it('builds the 12-week trend and breakdowns by site, model and dimension', () => {
    const rows = [
      row({ time: at('2026-09-01T09:00:00Z') }), // W36: the first trend week
      row({ time: at('2026-08-30T09:00:00Z') }), // W35: too old for the trend
      row({ time: at('2026-11-17T09:00:00Z'), site: 'claude', model: null, overall: 90, flattery: 90 }),
      row({ time: at('2026-11-17T10:00:00Z'), site: 'claude', model: 'sonnet', overall: 70, flattery: 70 }),
      row({ time: at('2026-11-18T10:00:00Z'), overall: 10, flattery: 0 }),
    ];
    const report = buildWeeklyReport(rows, W47);
    expect(report.weeks.map((w) => w.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-W${36 + i}`));
    expect(report.weeks.map((w) => w.scored)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(report.bySite.map((s) => [s.key, s.scored, s.averageOverall])).toEqual([
      ['claude', 2, 80],
      ['chatgpt', 1, 10],
    ]);
    expect(report.byModel.map((m) => m.key)).toEqual(['gpt-4o', 'sonnet', 'unknown']);
    expect(report.dimensions.find((d) => d.dimension === 'flattery')).toMatchObject({ average: 53.3, highShare: 0.6667 });
  });

  it('reads a scorer update that moved agreement\'s no-signal score (0 → 5) as no change, and pushback as no agreement', () => {
    const calm = { overall: 0, flattery: 0, emoji: 0 };
    const rows = [
      row({ time: at('2026-11-10T09:00:00Z'), ...calm, agreement: 0, scorerVersion: '1.12.0' }), // nothing found, old scorer
      row({ time: at('2026-11-17T09:00:00Z'), ...calm, agreement: 5, scorerVersion: '1.13.0' }), // nothing found, new scorer
      row({ time: at('2026-11-18T09:00:00Z'), ...calm, agreement: 1, scorerVersion: '1.13.0' }), // pushed back
    ];
    const report = buildWeeklyReport(rows, W47);
    expect(report.dimensions.find((d) => d.dimension === 'agreement')).toMatchObject({ average: 5, previousAverage: 5, change: 0 });
    expect(changes(report).join(' ')).not.toMatch(/moved the most/);
  });

  it('counts normalised phrases once per reply and ranks the worst replies with their evidence', () => {
    const evidence = (text: string) => [{ dimension: 'flattery' as const, text, start: 0, end: text.length }];
    const rows = [
      row({ time: at('2026-11-17T09:00:00Z'), overall: 95, evidence: [...evidence('Great question!'), ...evidence('great  QUESTION')], url: 'https://chatgpt.com/c/1' }),
      row({ time: at('2026-11-17T10:00:00Z'), overall: 60, evidence: evidence('Great question.') }),
      row({ time: at('2026-11-17T11:00:00Z'), overall: 70, evidence: evidence('What a brilliant idea') }),
      row({ time: at('2026-11-17T12:00:00Z'), overall: 0 }),
    ];
    const report = buildWeeklyReport(rows, { ...W47, limits: { topReplies: 2 } });
    expect(report.phrases[0]).toEqual({ phrase: 'great question', dimension: 'flattery', count: 3, replies: 2 });
    expect(report.topReplies.map((r) => r.overall)).toEqual([95, 70]);
    expect(report.topReplies[0]).toMatchObject({ url: 'https://chatgpt.com/c/1', localTime: '2026-11-17 09:00' });
    expect(report.topReplies[0]?.evidence).toHaveLength(2);
    expect(buildWeeklyReport(rows, { ...W47, limits: { topReplies: 0 } }).topReplies).toEqual([]);
  });

  it('lists capitulation events and the scorer versions behind the figures', () => {
    const rows = [
      row({ time: at('2026-11-20T09:00:00Z'), capitulation: true, scorerVersion: '0.2.0' }),
      row({ time: at('2026-11-19T09:00:00Z'), capitulation: true, scorerVersion: '0.2.0' }),
      row({ time: at('2026-11-19T10:00:00Z'), scorerVersion: '0.1.0' }),
    ];
    const report = buildWeeklyReport(rows, W47);
    expect(report.totals.capitulations).toBe(2);
    expect(report.capitulations.map((c) => c.localTime)).toEqual(['2026-11-19 09:00', '2026-11-20 09:00']);
    expect(report.scorerVersions).toEqual([
      { key: '0.2.0', count: 2 },
      { key: '0.1.0', count: 1 },
    ]);
  });

  it('reports a date range against the same number of days before it', () => {
    const rows = [row({ time: at('2026-11-02T09:00:00Z'), overall: 60 }), row({ time: at('2026-10-30T09:00:00Z'), overall: 40 })];
    const report = buildWeeklyReport(rows, { now: NOW, period: { from: '2026-11-01', to: '2026-11-03' }, zone: 'UTC' });
    expect(report.period.kind).toBe('range');
    expect(report.days.map((d) => d.label)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(report.previousPeriod).toMatchObject({ from: '2026-10-29', to: '2026-10-31' });
    expect(report.change.averageOverall).toBe(20);
  });

  it('is reproducible: same rows in any order give the same model, and rows are not changed', () => {
    const rows = syntheticRows(2000, NOW, 90);
    const snapshot = JSON.stringify(rows);
    const first: WeeklyReport = buildWeeklyReport(rows, W47);
    const second = buildWeeklyReport([...rows].reverse(), { ...W47, now: NOW + 86_400_000 * 30 });
    expect(second).toEqual(first);
    expect(JSON.stringify(rows)).toBe(snapshot);
  });
});

describe('normalisePhrase', () => {
  it('folds case, width, spacing and edge punctuation but keeps emoji', () => {
    expect(normalisePhrase('  Great\nQUESTION!! ')).toBe('great question');
    expect(normalisePhrase('“You’re absolutely right”')).toBe('you’re absolutely right');
    expect(normalisePhrase('🚀✨')).toBe('🚀✨');
    expect(normalisePhrase('!!!')).toBe('!!!');
  });

  it('keeps a closing bracket whose opener is in the phrase, and drops a stray one', () => {
    expect(normalisePhrase('alert(2)')).toBe('alert(2)');
    expect(normalisePhrase('(great point)!')).toBe('great point');
    expect(normalisePhrase('great point)')).toBe('great point');
  });
});

describe('headline', () => {
  it('speaks of the replies in the plural even when one of them was flagged', () => {
    const report = buildWeeklyReport([row({ time: at('2026-11-17T10:00:00Z'), overall: 80 }), row({ time: at('2026-11-18T10:00:00Z'), overall: 10 })], W47);
    expect(headline(report)).toBe('50% of the 2 replies scored in week 47 were flagged as sycophantic, with an average score of 45/100.');
  });
});

describe('changes', () => {
  // The same figures both weeks, so no dimension moved and the strongest one is named.
  const steady = (scores: { flattery: number; emoji: number; agreement: number }) =>
    buildWeeklyReport(
      ['2026-11-10T10:00:00Z', '2026-11-17T10:00:00Z'].map((iso) => row({ time: at(iso), overall: scores.flattery, ...scores })),
      W47,
    );

  it("names the strongest dimension by how far it is above its no-signal score, not agreement's neutral point", () => {
    const lines = changes(steady({ flattery: 3, emoji: 0, agreement: 5 }));
    expect(lines.some((line) => line.startsWith('Flattery was the strongest signal'))).toBe(true);
    expect(changes(steady({ flattery: 3, emoji: 0, agreement: 12 })).some((line) => line.startsWith('Needless agreement was the strongest signal'))).toBe(true);
  });

  it('names no strongest dimension in a week where nothing was found', () => {
    expect(changes(steady({ flattery: 0, emoji: 0, agreement: 5 })).some((line) => line.includes('strongest signal'))).toBe(false);
  });
});
