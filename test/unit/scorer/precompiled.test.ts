import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/scorer/lang';
import { precompile } from '../../../src/scorer/rules/context';

describe('precompiled language packs', () => {
  it.each(Object.entries(LANGUAGES))('%s: precompiled.json is what its lexicon compiles to (else rerun tsx scripts/scorer/precompile.ts)', (_code, pack) => {
    expect(pack.precompiled).toBeDefined();
    expect(pack.precompiled).toEqual(precompile(pack.lexicon));
  });

  it('notices a lexicon edit', () => {
    const en = LANGUAGES.en!;
    const edited = { ...en.lexicon, phrases: { ...en.lexicon.phrases, pushback: [...en.lexicon.phrases.pushback, 'surely not'] } };
    expect(precompile(edited)).not.toEqual(en.precompiled);
  });
});
