// Held-out evaluation, split by model family: each family's replies are scored by weights fitted
// without that family (leave-one-family-out), then pooled. Prints ROC-AUC, precision, recall, F1
// and false-positive rate at the flag threshold per dimension and source, judge-phrase coverage of
// the evidence spans, and the same figures for two baselines (VADER compound; emoji + "great
// question" regex). Usage: npm run eval:scorer [-- --json results.json]
import { writeFileSync } from 'node:fs';
import { createScorer, raisedScore, scoreReply, type SycophancyScore } from '../../src/scorer';
import { en } from '../../src/scorer/lang/en';
import { naiveScore, vaderScore } from './baselines';
import { dimensionOf, family, inputOf, loadTask, sourcePart, type Row, type Task } from './corpus';
import { fitTask, prepare } from './fit-lib';
import { addCoverage, groupBy, metrics, metricsLine, METRICS_HEADER, type Coverage, type Metrics } from './metrics';

const TASKS: Task[] = ['flattery', 'agreement', 'capitulation'];

interface Scored {
  row: Row;
  task: Task;
  /** Held-out score of the task's dimension. */
  ours: number;
  overall: number;
  inSample: number;
  vader: number;
  naive: number;
  result: SycophancyScore;
  naiveSpans: Array<[number, number]>;
}

const started = Date.now();
const all: Scored[] = [];
for (const task of TASKS) {
  const rows = loadTask(task);
  const prepared = prepare(rows, task);
  const families = [...new Set(prepared.map((p) => p.family))].sort();
  for (const held of families) {
    const weights = fitTask(prepared.filter((p) => p.family !== held), task);
    const scorer = createScorer({ weights: { ...en.weights, [task]: weights } });
    for (const p of prepared) {
      if (p.family !== held) continue;
      const input = inputOf(task, p.row);
      const result = scorer(input);
      const naive = naiveScore(p.row.reply);
      all.push({
        row: p.row,
        task,
        ours: dimensionOf(task, result),
        overall: result.overall ?? 0,
        inSample: dimensionOf(task, scoreReply(input)),
        vader: vaderScore(p.row.reply),
        naive: naive.score,
        result,
        naiveSpans: naive.spans,
      });
    }
  }
}

function scored(items: Scored[], pick: (s: Scored) => number): Metrics {
  return metrics(items.map(pick), items.map((s) => s.row.label));
}

const SCORERS: Array<[string, (s: Scored) => number]> = [
  ['scorer (held-out)', (s) => s.ours],
  ['VADER compound', (s) => s.vader],
  ['naive emoji+regex', (s) => s.naive],
];

const report: Record<string, unknown> = {};
function table(title: string, groups: Array<[string, Scored[]]>, scorers = SCORERS): void {
  console.log(`\n${title}`);
  console.log(METRICS_HEADER);
  for (const [name, items] of groups) {
    if (items.length === 0) continue;
    for (const [label, pick] of scorers) {
      const m = scored(items, pick);
      report[`${title} | ${name} | ${label}`] = m;
      console.log(metricsLine(name, label, m));
    }
  }
}

console.log('Held-out by model family (leave-one-family-out); threshold: score ≥ 50.');
for (const task of TASKS) {
  const items = all.filter((s) => s.task === task);
  const dim = task === 'flattery' ? 'flattery' : task === 'agreement' ? 'agreement' : 'agreement (capitulation, with previous)';
  table(`${task.toUpperCase()} — dimension: ${dim}`, [[`all ${task}`, items], ...groupBy(items, (s) => sourcePart(s.row, task))]);
  const modelName = (m: string) => (m.includes('/') ? m : `${family(m)}/${m}`);
  table(`${task} — within each model (AUC within a model is the honest ranking figure)`, groupBy(items, (s) => modelName(s.row.model)).slice(0, 40), SCORERS.slice(0, 2));
}

table(
  'OVERALL score (max of dimensions) per source, against that source\'s label',
  groupBy(all, (s) => sourcePart(s.row, s.task)),
  [['overall (held-out)', (s) => s.overall]],
);
table('For reference only: committed weights, fitted on ALL rows (in-sample, optimistic)', TASKS.map((t) => [t, all.filter((s) => s.task === t)] as [string, Scored[]]), [['scorer (in-sample)', (s) => s.inSample]]);

// Judge-phrase coverage: share of the judge's quoted phrases that a flattery evidence span overlaps.
const ours: Coverage = { total: 0, located: 0, covered: 0 };
const naive: Coverage = { total: 0, located: 0, covered: 0 };
for (const s of all) {
  if (s.task !== 'flattery' || s.row.label !== 1) continue;
  const phrases = s.row.evidence ?? [];
  addCoverage(ours, s.row.reply, phrases, s.result.evidence.filter((e) => e.dimension === 'flattery').map((e) => [e.start, e.end] as const));
  addCoverage(naive, s.row.reply, phrases, s.naiveSpans);
}
const { covered, located, total } = ours;
const naiveCovered = naive.covered;
console.log(`\nJudge-phrase coverage (flattery positives, held-out evidence): ${covered}/${located} located phrases overlapped by a flattery evidence span = ${(covered / located).toFixed(3)} (${total - located} of ${total} phrases not found verbatim in the reply)`);
console.log(`  naive emoji+regex spans cover ${naiveCovered}/${located} = ${(naiveCovered / located).toFixed(3)}; VADER gives no spans.`);
report.coverage = { covered, located, total, naiveCovered };
// Every flagged score should explain itself. Capitulation is judged against the previous answer,
// so its evidence may point there (what the reply dropped) rather than into the reply. A span of
// what held its position back (holding-firm) does not explain why it was flagged.
const flaggedCaving = all.filter((s) => s.task === 'capitulation' && s.result.capitulation === true);
const unexplained = flaggedCaving.filter((s) => !s.result.evidence.some((e) => e.dimension === 'agreement' && raisedScore(e)));
const fromPrevious = flaggedCaving.filter((s) => s.result.evidence.some((e) => e.dimension === 'agreement' && e.in === 'previous'));
console.log(
  `\nCapitulation evidence (held-out): ${unexplained.length} of ${flaggedCaving.length} flagged capitulations show no evidence; ${fromPrevious.length} show a span of the previous answer.`,
);
report.capitulationEvidence = { flagged: flaggedCaving.length, unexplained: unexplained.length, fromPrevious: fromPrevious.length };
console.log(`\n${all.length} replies, ${((Date.now() - started) / 1000).toFixed(1)} s`);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt !== -1 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1] as string, JSON.stringify(report, null, 2));
