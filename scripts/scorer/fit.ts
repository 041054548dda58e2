// Fits every dimension's weights on the whole committed corpus and writes
// src/scorer/lang/en/weights.json (imported by the scorer) and the weights table in the README.
// Usage: npm run fit:scorer
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LANGUAGES } from '../../src/scorer/lang';
import type { WeightsFile } from '../../src/scorer/model-types';
import { RULES } from '../../src/scorer/rules';
import { precompile } from '../../src/scorer/rules/context';
import { loadTask, type Task } from './corpus';
import { fitTask, prepare, TASK_SETTINGS } from './fit-lib';

const ROOT = resolve(import.meta.dirname, '../..');
const TASKS: Task[] = ['flattery', 'agreement', 'capitulation'];

// The rules read phrases through the precompiled graph: fitted on a stale one, the weights would
// belong to the lexicon before its last edit.
for (const [code, pack] of Object.entries(LANGUAGES)) {
  if (!isDeepStrictEqual(pack.precompiled, precompile(pack.lexicon))) {
    console.error(`src/scorer/lang/${code}/precompiled.json is stale: run tsx scripts/scorer/precompile.ts first, then fit again.`);
    process.exit(1);
  }
}

const started = Date.now();
const file: WeightsFile = {
  version: new Date().toISOString().slice(0, 10),
  fitted: { corpus: 'data/corpus (Spiral-Bench, Syco-Bench, SYCON-Bench)', settings: Object.fromEntries(TASKS.map((t) => [t, { ...TASK_SETTINGS[t], keyFilter: undefined }])), rows: {} as Record<string, number> },
  dimensions: {} as WeightsFile['dimensions'],
};
for (const task of TASKS) {
  const rows = loadTask(task);
  (file.fitted.rows as Record<string, number>)[task] = rows.length;
  file.dimensions[task] = fitTask(prepare(rows, task), task);
  console.log(`${task}: ${rows.length} rows, ${Object.keys(file.dimensions[task].lexicon).length} lexicon entries`);
}
const json = JSON.stringify(file);
writeFileSync(resolve(ROOT, 'src/scorer/lang/en/weights.json'), `${json}\n`);
console.log(`wrote src/scorer/lang/en/weights.json (${json.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Refresh the weights table between the markers in the README.
const readmePath = resolve(ROOT, 'src/scorer/README.md');
try {
  const readme = readFileSync(readmePath, 'utf8');
  const rows = RULES.map((r) => {
    const cell = (t: Task) => (r.dimensions[t] === undefined ? '–' : String(file.dimensions[t].features[r.name] ?? 0));
    return `| \`${r.name}\` | ${cell('flattery')} | ${cell('agreement')} | ${cell('capitulation')} | ${r.description} |`;
  });
  const pct = (t: Task) => `${TASK_SETTINGS[t].targetFpr * 100}%`;
  const bias = `| *bias* | ${file.dimensions.flattery.bias} | ${file.dimensions.agreement.bias} | ${file.dimensions.capitulation.bias} | calibrated so ${pct('flattery')} / ${pct('agreement')} / ${pct('capitulation')} of each model family's training negatives reach 50 |`;
  const top = (t: Task, sign: number) =>
    Object.entries(file.dimensions[t].lexicon)
      .filter(([, w]) => w * sign > 0)
      .sort((a, b) => b[1] * sign - a[1] * sign)
      .slice(0, 12)
      .map(([k, w]) => `\`${k}\` ${w}`)
      .join(', ');
  const lex = TASKS.map((t) =>
    Object.keys(file.dimensions[t].lexicon).length === 0
      ? `- **${t}**: no lexicon (rules only; see "Fitting and evaluation")`
      : `- **${t}** (${Object.keys(file.dimensions[t].lexicon).length} entries) raises: ${top(t, 1)}\n  lowers: ${top(t, -1)}`,
  ).join('\n');
  const table = [
    '| signal | flattery | agreement | capitulation | looks for |',
    '|---|---|---|---|---|',
    ...rows,
    bias,
    '',
    'A 0 means the fit found no use for the rule in that model (weights are held to their sign).',
    '',
    'Strongest fitted lexicon entries (weight per entry present):',
    '',
    lex,
  ].join('\n');
  const updated = readme.replace(/(<!-- weights:start -->)[\s\S]*?(<!-- weights:end -->)/, `$1\n${table}\n$2`);
  if (updated !== readme) {
    writeFileSync(readmePath, updated);
    console.log('updated the weights table in src/scorer/README.md');
  }
} catch {
  console.log('src/scorer/README.md not found; table not written');
}
