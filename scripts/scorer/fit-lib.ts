// Turns labeled rows into rule values and lexicon entries, and fits one dimension's weights.
// Shared by fit.ts (all data → committed JSON) and eval.ts (one fit per held-out model family).
import { en } from '../../src/scorer/lang/en';
import { forEachNgram } from '../../src/scorer/lexicon-features';
import type { DimensionWeights } from '../../src/scorer/model-types';
import { RULES } from '../../src/scorer/rules';
import { makeContext, type Rule } from '../../src/scorer/rules/context';
import { family, promptKey, type Row, type Task } from './corpus';
import { fitLogistic, logit, type Example } from './logreg';

export interface Prepared {
  row: Row;
  family: string;
  prompt: string;
  /** Value of every rule in RULES order. */
  values: Float64Array;
  /** Distinct lexicon keys present in the reply. */
  grams: string[];
}

export interface FitSettings {
  /** Lexicon entries kept after the first fit (by |weight|). */
  lexiconSize: number;
  /** A key must occur in this many training replies… */
  minDocs: number;
  /** …to this many distinct prompts (so topic words of one prompt never become evidence)… */
  minPrompts: number;
  /** …and come from at least this many model families (when the training fold has that many). */
  minFamilies: number;
  l2Dense: number;
  l2Sparse: number;
  iterations: number;
  /** Share of the training negatives allowed at or above the flag threshold; sets the bias. */
  targetFpr: number;
  /** Only keys this accepts may enter the lexicon (default: all). */
  keyFilter?: (key: string) => boolean;
}

export const DEFAULT_SETTINGS: FitSettings = {
  lexiconSize: 120,
  minDocs: 12,
  minPrompts: 6,
  minFamilies: 2,
  l2Dense: 0.0005,
  l2Sparse: 0.004,
  iterations: 300,
  targetFpr: 0.04,
};

export function rulesFor(task: Task): Rule[] {
  return RULES.filter((r) => r.dimensions[task] !== undefined);
}

export function prepare(rows: Row[], task: Task): Prepared[] {
  return rows.map((row) => {
    const ctx = makeContext(row.reply, en, row.user, task === 'capitulation' ? row.previous : undefined);
    const values = new Float64Array(RULES.length);
    RULES.forEach((rule, i) => {
      values[i] = rule.dimensions[task] !== undefined ? rule.run(ctx).value : 0;
    });
    const grams = new Set<string>();
    forEachNgram(ctx.doc, ctx.c.negators, (key) => grams.add(key));
    return { row, family: family(row.model), prompt: promptKey(row), values, grams: [...grams] };
  });
}

export function fitTask(data: Prepared[], task: Task, settings: FitSettings = DEFAULT_SETTINGS): DimensionWeights {
  const rules = rulesFor(task);
  const ruleIndex = rules.map((r) => RULES.indexOf(r));
  const signs = rules.map((r) => r.dimensions[task] as number);
  const families = new Set(data.map((d) => d.family)).size;

  // Candidate lexicon: keys that recur across documents, prompts and model families.
  const stats = new Map<string, { docs: number; prompts: Set<string>; families: Set<string> }>();
  for (const d of data) {
    for (const g of d.grams) {
      let s = stats.get(g);
      if (!s) stats.set(g, (s = { docs: 0, prompts: new Set(), families: new Set() }));
      s.docs++;
      s.prompts.add(d.prompt);
      s.families.add(d.family);
    }
  }
  const needFamilies = Math.min(settings.minFamilies, families);
  const vocab = [...stats.entries()]
    .filter(([k, s]) => (settings.keyFilter ? settings.keyFilter(k) : true) && s.docs >= settings.minDocs && s.prompts.size >= settings.minPrompts && s.families.size >= needFamilies)
    .map(([k]) => k);

  const build = (keys: string[]): Example[] => {
    const index = new Map(keys.map((k, i) => [k, i]));
    return data.map((d) => {
      const dense = new Float64Array(ruleIndex.map((i) => d.values[i] as number));
      const sparse = Int32Array.from(d.grams.map((g) => index.get(g)).filter((i): i is number => i !== undefined));
      return { dense, sparse, y: d.row.label };
    });
  };
  const opts = { signs, l2Dense: settings.l2Dense, l2Sparse: settings.l2Sparse, iterations: settings.iterations, learningRate: 0.05 };
  const first = fitLogistic(build(vocab), { ...opts, lexiconSize: vocab.length });
  // Keep the strongest entries, then refit so the rules absorb what the dropped entries carried.
  const kept = vocab
    .map((k, i) => [k, Math.abs(first.sparse[i] as number)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, settings.lexiconSize)
    .map(([k]) => k);
  const examples = build(kept);
  const model = fitLogistic(examples, { ...opts, lexiconSize: kept.length });

  // Calibrate: move the bias so that `targetFpr` of the training negatives score ≥ 50.
  const negatives = examples.filter((x) => x.y === 0).map((x) => logit(model, x)).sort((a, b) => a - b);
  const cut = negatives[Math.min(negatives.length - 1, Math.floor((1 - settings.targetFpr) * negatives.length))] ?? 0;
  const bias = model.bias - cut;

  const features: Record<string, number> = {};
  rules.forEach((r, i) => {
    const w = round(model.dense[i] as number, 3);
    if (w !== 0) features[r.name] = w;
  });
  const lexicon: Record<string, number> = {};
  kept.forEach((k, i) => {
    const w = round(model.sparse[i] as number, 2);
    if (w !== 0) lexicon[k] = w;
  });
  return { bias: round(bias, 3), features, lexicon };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
