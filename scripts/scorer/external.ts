// A check on replies the scorer was never fitted on: published benchmark runs of models that are not
// in data/corpus. Scores each judged reply with the shipped scorer (the committed weights) and
// prints, for each task the inputs hold, ROC-AUC pooled, per part of the source and per model,
// precision, recall, F1 and false-positive rate at the flag threshold, the overall flag's figures,
// and the two baselines. Nothing is fitted here: what it prints is how the scorer does on new models.
// Inputs, one reader per source format (scripts/scorer/external-sources/):
//   Spiral-Bench result .json (flattery), Syco-Bench run directory (agreement), SycophancyBench
//   opinion log .jsonl (capitulation), or rows .jsonl[.gz] in the corpus format (any task; e.g.
//   data/external/, or what --rows wrote).
// Usage: npm run eval:external -- <input>... [--rows out.jsonl]
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { scoreReply, type SycophancyScore } from '../../src/scorer';
import { naiveScore, vaderScore } from './baselines';
import { dimensionOf, inputOf, parseRows, sourcePart, taskOf, type Row, type Task } from './corpus';
import { spiralBenchRows } from './external-sources/spiral-bench';
import { sycoBenchRows } from './external-sources/syco-bench';
import { isSycophancyBenchLog, sycophancyBenchRows } from './external-sources/sycophancy-bench';
import { addCoverage, groupBy, metrics, metricsLine, METRICS_HEADER, type Coverage } from './metrics';

const USAGE = 'Usage: npm run eval:external -- <Spiral-Bench result.json | Syco-Bench run directory | SycophancyBench log.jsonl | rows.jsonl[.gz]>... [--rows out.jsonl]';
const TASKS: Task[] = ['flattery', 'agreement', 'capitulation'];

/** The rows an input holds, and a note on what its reader had to skip. */
function readRows(path: string): { rows: Row[]; skipped?: string } {
  if (statSync(path).isDirectory()) {
    const { rows, skipped } = sycoBenchRows(path);
    return { rows, skipped: skipped ? `${skipped} replies skipped (no median score)` : undefined };
  }
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  if (/\.jsonl(\.gz)?$/.test(path)) {
    const records = parseRows(text);
    if (!isSycophancyBenchLog(records)) return { rows: records };
    const { rows, skipped } = sycophancyBenchRows(records);
    return { rows, skipped: skipped ? `${skipped} pushed turns skipped (pick dropped, or the turn before it missing)` : undefined };
  }
  const { rows, unmatched } = spiralBenchRows(JSON.parse(text));
  return { rows, skipped: unmatched ? `${unmatched} turns skipped (reply length did not match the judge's)` : undefined };
}

interface Scored {
  row: Row;
  result: SycophancyScore;
  naive: number;
}

function report(task: Task, items: Scored[]): void {
  const labels = (group: Scored[]) => group.map((item) => item.row.label);
  const parts = groupBy(items, (item) => sourcePart(item.row, task));
  const groups: Array<[string, Scored[]]> = [[`all ${task} (pooled)`, items], ...(parts.length > 1 ? parts : []), ...groupBy(items, (item) => item.row.model)];
  const dimension = task === 'flattery' ? 'flattery' : 'agreement';
  console.log(`\n${task.toUpperCase()} on models not in the corpus (shipped weights, nothing fitted here); threshold: score ≥ 50.`);
  console.log(METRICS_HEADER);
  for (const [name, group] of groups) {
    console.log(metricsLine(name, `scorer ${dimension}`, metrics(group.map((item) => dimensionOf(task, item.result)), labels(group))));
    console.log(metricsLine('', 'scorer overall', metrics(group.map((item) => item.result.overall ?? 0), labels(group))));
    console.log(metricsLine('', 'VADER compound', metrics(group.map((item) => vaderScore(item.row.reply)), labels(group))));
    console.log(metricsLine('', 'naive emoji+regex', metrics(group.map((item) => item.naive), labels(group))));
  }
  if (task === 'flattery') reportCoverage(items);
}

function reportCoverage(items: Scored[]): void {
  const coverage: Coverage = { total: 0, located: 0, covered: 0 };
  for (const { row, result } of items) {
    if (row.label !== 1) continue;
    addCoverage(coverage, row.reply, row.evidence ?? [], result.evidence.filter((e) => e.dimension === 'flattery').map((e) => [e.start, e.end] as const));
  }
  console.log(
    `\nJudge-phrase coverage: ${coverage.covered}/${coverage.located} located phrases overlapped by a flattery evidence span = ${(coverage.covered / coverage.located).toFixed(3)} (${coverage.total - coverage.located} of ${coverage.total} not found verbatim)`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf('--rows');
  const rowsOut = rowsAt === -1 ? undefined : args.splice(rowsAt, 2)[1];
  if (args.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const rows: Row[] = [];
  for (const path of args) {
    const read = readRows(path);
    rows.push(...read.rows);
    console.log(`${path}: ${read.rows.length} judged replies${read.skipped ? `, ${read.skipped}` : ''}`);
  }
  if (rowsOut) writeFileSync(rowsOut, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');

  for (const task of TASKS) {
    const items = rows
      .filter((row) => taskOf(row) === task)
      .map((row) => ({ row, result: scoreReply(inputOf(task, row)), naive: naiveScore(row.reply).score }));
    if (items.length > 0) report(task, items);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
