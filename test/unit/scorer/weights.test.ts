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
    for (const w of Object.values(weightsFile.dimensions)) expect(Object.keys(w.lexicon).length).toBeLessThanOrEqual(150);
    expect(JSON.stringify(weightsFile).length).toBeLessThan(16_000);
  });

  it('every rule has a unique name and a description', () => {
    expect(names.size).toBe(RULES.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});
