import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/scorer/lang/en';
import { compileLexicon, forEachNgram, lexiconScore, type LexiconHit } from '../../../src/scorer/lexicon-features';
import { makeDoc } from '../../../src/scorer/text/doc';

const negators = new Set(en.lexicon.negators);

describe('lexicon keys', () => {
  it('marks words after a negator with not_, within three words of one sentence', () => {
    const keys: string[] = [];
    forEachNgram(makeDoc("That's not a great idea. Great"), negators, (k) => keys.push(k));
    expect(keys).toContain('not_great');
    expect(keys).toContain('great idea');
    expect(keys.filter((k) => k === 'great')).toHaveLength(1); // the second sentence
  });

  it('skips numbers', () => {
    const keys: string[] = [];
    forEachNgram(makeDoc('version 42 rocks'), negators, (k) => keys.push(k));
    expect(keys).toEqual(['version', 'rocks']);
  });

  // The fit script enumerates keys with forEachNgram and the scorer looks them up with
  // lexiconScore: they must agree on every text, or fitted weights would silently not apply.
  it('lexiconScore finds exactly the entries forEachNgram enumerates', () => {
    const words = fc.constantFrom('you', 'are', 'not', 'great', 'idea', 'agree', 'never', 'so', '42', 'both', '.', '!', '\n', "don't", 'I');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 39 }), fc.boolean()), { maxLength: 12 }), (parts, picks) => {
        const doc = makeDoc(parts.join(' '));
        const all: string[] = [];
        forEachNgram(doc, negators, (k) => all.push(k));
        const entries: Record<string, number> = {};
        for (const [i, neg] of picks) if (all.length) entries[all[i % all.length] as string] = neg ? -1 : 1;
        const expected = [...new Set(all)].filter((k) => k in entries).sort();
        const lexicon = compileLexicon(entries, negators);
        const hits: LexiconHit[] = [];
        const sum = lexiconScore(doc, lexicon, lexicon.vocab.tokenIds(doc), hits);
        expect(sum).toBe(hits.reduce((s, h) => s + h.weight, 0));
        const got = hits.map((h) => h.key).sort();
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
