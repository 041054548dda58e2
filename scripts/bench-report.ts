// Times the weekly report's aggregation over a year of synthetic history (run: npm run bench:report):
// from full rows (the CLI's way) and from the week's rows plus digests (the extension's way).
import { digestOf } from '../src/db/digest';
import { buildWeeklyReport, renderReport, resolvePeriod } from '../src/report';
import { syntheticRows } from '../test/unit/report/fixtures';

const ROWS = 100_000;
const RUNS = 7;
const now = Date.parse('2026-11-25T10:00:00Z');
const rows = syntheticRows(ROWS, now, 365);

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

const aggregation: number[] = [];
let report = buildWeeklyReport(rows, { now, zone: 'Europe/Berlin' }); // warm-up
for (let run = 0; run < RUNS; run++) {
  const timed = time(() => buildWeeklyReport(rows, { now, zone: 'Europe/Berlin' }));
  aggregation.push(timed.ms);
  report = timed.result;
}
// The extension's way: the week's full rows, figures of the rest from digests (src/db/digest.ts).
const { period } = resolvePeriod(undefined, now, 'Europe/Berlin');
const weekRows = rows.filter((row) => row.time >= period.start && row.time < period.end);
const digests = rows.map(digestOf);
const withDigests: number[] = [];
for (let run = 0; run < RUNS; run++) withDigests.push(time(() => buildWeeklyReport(weekRows, { now, zone: 'Europe/Berlin', history: digests })).ms);
const yearRange = time(() => buildWeeklyReport(rows, { now, zone: 'Europe/Berlin', period: '2025-11-24..2026-11-22' }));
const html = time(() => renderReport(report, 'html'));

console.log(`rows: ${ROWS.toLocaleString('en-US')} over 365 days; week ${report.period.id}: ${report.totals.scored} scored`);
console.log(`aggregate one week: median ${median(aggregation).toFixed(1)} ms, best ${Math.min(...aggregation).toFixed(1)} ms (${RUNS} runs)`);
console.log(`aggregate one week from its ${weekRows.length} rows + digests of all rows: median ${median(withDigests).toFixed(1)} ms`);
console.log(`aggregate a one-year range: ${yearRange.ms.toFixed(1)} ms (${yearRange.result.totals.scored.toLocaleString('en-US')} scored)`);
console.log(`render HTML: ${html.ms.toFixed(1)} ms (${(html.result.length / 1024).toFixed(0)} KiB)`);
