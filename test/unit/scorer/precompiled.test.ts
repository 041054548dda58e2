import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/scorer/lang';
import { precompile } from '../../../src/scorer/rules/context';

describe('precompiled language packs', () => {
  it.each(Object.entries(LANGUAGES))('%s: precompiled.json is what its lexicon and weights compile to (else rerun tsx scripts/scorer/precompile.ts)', (_code, pack) => {
    expect(pack.precompiled).toBeDefined();
    expect(pack.precompiled).toEqual(precompile(pack.lexicon, pack.weights));
  });

  it('notices a lexicon edit', () => {
    const en = LANGUAGES.en!;
    const edited = { ...en.lexicon, phrases: { ...en.lexicon.phrases, pushback: [...en.lexicon.phrases.pushback, 'surely not'] } };
    expect(precompile(edited, en.weights)).not.toEqual(en.precompiled);
  });

  it('notices a refit that changes a fitted lexicon\'s entries, not one that only moves their weights', () => {
    const en = LANGUAGES.en!;
    const refit = (lexicon: Record<string, number>) => precompile(en.lexicon, { ...en.weights, capitulation: { ...en.weights.capitulation, lexicon } });
    const entries = Object.entries(en.weights.capitulation.lexicon);
    expect(refit({ ...en.weights.capitulation.lexicon, 'surely not': 0.1 })).not.toEqual(en.precompiled);
    expect(refit(Object.fromEntries(entries.slice(1)))).not.toEqual(en.precompiled);
    expect(refit(Object.fromEntries([...entries.slice(1), entries[0]!]))).not.toEqual(en.precompiled);
    expect(refit(Object.fromEntries(entries.map(([key, weight]) => [key, -weight])))).toEqual(en.precompiled);
  });
});
