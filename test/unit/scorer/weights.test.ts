import { describe, expect, it } from 'vitest';
import { weightsFile } from '../../../src/scorer/lang/en';
import { RULES } from '../../../src/scorer/rules';

describe('committed weights', () => {
  const names = new Set(RULES.map((r) => r.name));

  it('name only existing rules, each with the sign its meaning fixes', () => {
    for (const [dimension, w] of Object.entries(weightsFile.dimensions)) {
      for (const [name, weight] of Object.entries(w.features)) {
        expect(names.has(name), `${dimension}: unknown rule ${name}`).toBe(true);
        const sign = RULES.find((r) => r.name === name)?.dimensions[dimension as keyof typeof weightsFile.dimensions];
        expect(sign, `${dimension}: rule ${name} is not declared for it`).toBeDefined();
        expect(weight * (sign as number) >= 0, `${dimension}: ${name} has the wrong sign`).toBe(true);
      }
    }
  });

  it('keep the lexicon compact', () => {
    // Agreement's lexicon has 400 small entries since 1.11.0 (src/scorer/HISTORY.md: "What 1.11.0 changed").
    for (const w of Object.values(weightsFile.dimensions)) expect(Object.keys(w.lexicon).length).toBeLessThanOrEqual(400);
    expect(JSON.stringify(weightsFile).length).toBeLessThan(16_000);
  });

  it('every rule has a unique name and a description', () => {
    expect(names.size).toBe(RULES.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});

describe('score mapping (model.ts: toScore)', () => {
  it('is 0 at the bias, 50 at logit 0, monotone, and within 0–100', async () => {
    const { toScore } = await import('../../../src/scorer/model');
    expect(toScore(-3, -3)).toBe(0);
    expect(toScore(-5, -3)).toBe(0);
    expect(toScore(0, -3)).toBe(50);
    // Only a logit of 0 or more is flagged: just below the flag point stays at 49.
    expect(toScore(-0.001, -3)).toBe(49);
    // Below 50 the score is linear in the logit, so the band keeps its resolution.
    expect(toScore(-1.5, -3)).toBe(25);
    let last = -1;
    for (let z = -8; z <= 8; z += 0.25) {
      const s = toScore(z, -3);
      expect(s).toBeGreaterThanOrEqual(last);
      expect(s >= 0 && s <= 100).toBe(true);
      last = s;
    }
  });

  it('with a neutral point, a reply with no signal scores it and signals against score below it', async () => {
    const { toScore } = await import('../../../src/scorer/model');
    expect(toScore(-3, -3, 5)).toBe(5);
    expect(toScore(-4.5, -3, 5)).toBe(3);
    expect(toScore(-6, -3, 5)).toBe(0);
    expect(toScore(-9, -3, 5)).toBe(0);
    // The band from the baseline to the flag point keeps its ends.
    expect(toScore(-0.001, -3, 5)).toBe(49);
    expect(toScore(0, -3, 5)).toBe(50);
    let last = -1;
    for (let z = -8; z <= 8; z += 0.25) {
      const s = toScore(z, -3, 5);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
  });
});

describe('README weights table', () => {
  it('is in step with the committed weights (run npm run fit:scorer after changing rules)', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../src/scorer/README.md', import.meta.url), 'utf8');
    for (const [name, w] of Object.entries(weightsFile.dimensions.flattery.features)) {
      expect(readme).toContain(`| \`${name}\` | ${w} |`);
    }
    expect(readme).toContain(`| *bias* | ${weightsFile.dimensions.flattery.bias} | ${weightsFile.dimensions.agreement.bias} | ${weightsFile.dimensions.capitulation.bias} |`);
  });
});
