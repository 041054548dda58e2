// The fit behind the committed weights (scripts/scorer/logreg.ts, fit-lib.ts): where its L2
// penalty pulls a weight the data says little about, and that signs stay as declared.
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../scripts/scorer/corpus';
import { fitTask, TASK_SETTINGS, type Prepared } from '../../../scripts/scorer/fit-lib';
import { fitLogistic, type Example } from '../../../scripts/scorer/logreg';
import { RULES } from '../../../src/scorer/rules';

// Feature 0 marks most of 200 replies' positives (and every seventh reply, as noise); feature 1
// is in only two of them, both positive.
function data(): Example[] {
  const rows: Example[] = [];
  for (let i = 0; i < 200; i++) {
    const y = i % 2 === 0 ? 1 : 0;
    const common = (y === 1 && i % 10 !== 0) || i % 7 === 0 ? 1 : 0;
    const rare = i === 2 || i === 4 ? 1 : 0;
    rows.push({ dense: Float64Array.of(common, rare), sparse: new Int32Array(0), y });
  }
  return rows;
}
const options = { signs: [1, 1], lexiconSize: 0, l2Dense: 0.05, l2Sparse: 0, iterations: 400, learningRate: 0.05 };

describe('fitLogistic', () => {
  it('pulls a weight the data says little about toward the centre its penalty is given, not toward zero', () => {
    const toZero = fitLogistic(data(), options);
    const toOne = fitLogistic(data(), { ...options, denseCenter: Float64Array.of(0, 1) });
    const rare = (m: typeof toZero) => m.dense[1] as number;
    expect(rare(toZero)).toBeLessThan(0.5);
    expect(Math.abs(rare(toOne) - 1)).toBeLessThan(Math.abs(rare(toZero) - 1) / 2);
    // The well-attested feature is where its data puts it either way.
    expect(Math.abs((toOne.dense[0] as number) - (toZero.dense[0] as number))).toBeLessThan(0.1);
  });

  it('keeps a weight declared negative at zero or below, whatever its centre', () => {
    const m = fitLogistic(data(), { ...options, signs: [1, -1], denseCenter: Float64Array.of(0, 2) });
    expect(m.dense[1]).toBeLessThanOrEqual(0);
    expect(m.dense[0]).toBeGreaterThan(0);
  });
});

describe('fitTask: flattery pulls its praise rules toward their mean weight', () => {
  // Two families of replies: `opening-praise` marks most flattering ones, `superlative-ever` two.
  const index = (name: string) => RULES.findIndex((r) => r.name === name);
  const prepared = (): Prepared[] =>
    data().map((x, i) => {
      const values = new Float64Array(RULES.length);
      values[index('opening-praise')] = x.dense[0] as number;
      values[index('superlative-ever')] = x.dense[1] as number;
      const model = i % 4 < 2 ? 'anthropic/claude' : 'meta/llama';
      const row = { id: String(i), source: 'spiral-bench', dimension: 'flattery', user: `prompt ${i % 20}`, reply: '', label: x.y, model } as Row;
      return { row, family: model.split('/')[0] as string, source: 'spiral-bench', prompt: row.user, values, grams: [] };
    });

  it('gives a rule seen in two replies more of the common weight than a fit pulled toward zero', () => {
    const weight = (shrinkTowardMean: boolean) => fitTask(prepared(), 'flattery', { ...TASK_SETTINGS.flattery, shrinkTowardMean }).features['superlative-ever'] ?? 0;
    expect(TASK_SETTINGS.flattery.shrinkTowardMean).toBe(true);
    expect(weight(true)).toBeGreaterThan(weight(false) + 0.05);
  });
});
