import { describe, expect, it } from 'vitest';
import { isMasked, makeDoc, TokenColumns } from '../../../src/scorer/text/doc';
import fc from 'fast-check';
import { en } from '../../../src/scorer/lang/en';
import type { Doc } from '../../../src/scorer/text/doc';
import { compileMulti, findAll, parseSlots, type PhraseMatch } from '../../../src/scorer/text/phrases';
import { applyMask, findMasked, normalise } from '../../../src/scorer/text/mask';
import { Vocabulary } from '../../../src/scorer/text/vocabulary';
import { compile } from '../../../src/scorer/rules/context';
import { scoreReply } from '../../../src/scorer';

// The reference the trie must agree with: each list alone, every expansion of every phrase tried
// at every token, longest first, matches not overlapping.
function expand(phrase: string): string[][] {
  let out: string[][] = [[]];
  for (const options of parseSlots(phrase)) out = out.flatMap((prefix) => options.map((option) => [...prefix, ...option]));
  return out.filter((seq) => seq.length > 0).sort((a, b) => b.length - a.length);
}

const expansions = new Map<readonly string[], string[][]>();

function findPhrases(doc: Doc, phrases: readonly string[]): PhraseMatch[] {
  let seqs = expansions.get(phrases);
  if (!seqs) expansions.set(phrases, (seqs = phrases.flatMap(expand).sort((a, b) => b.length - a.length)));
  const out: PhraseMatch[] = [];
  for (let i = 0; i < doc.tok.length; i++) {
    const seq = (seqs as string[][]).find((q) => i + q.length <= doc.tok.length && q.every((w, k) => doc.tok[i + k] === w && doc.sent[i + k] === doc.sent[i]));
    if (seq) {
      out.push({ from: i, to: i + seq.length });
      i += seq.length - 1;
    }
  }
  return out;
}

describe('makeDoc: masking', () => {
  it('masks fenced code, inline code and block quotes, keeping offsets', () => {
    const text = 'Intro great.\n```js\nconst great = 1; // 🎉\n```\nUse `great()` here.\n> You are brilliant\nEnd.';
    const doc = makeDoc(text);
    expect(doc.prose.length).toBe(text.length);
    expect(doc.tok).toEqual(['intro', 'great', 'use', 'here', 'end']);
    for (let i = 0; i < doc.tok.length; i++) {
      expect(text.slice(doc.start[i], doc.end[i]).toLowerCase()).toBe(doc.tok[i]);
    }
  });

  it('masks text in straight and curly double quotes, but not apostrophes', () => {
    const doc = makeDoc('He wrote "you are brilliant" and “what a genius” — it’s odd.');
    expect(doc.tok).toEqual(['he', 'wrote', 'and', 'it', 'is', 'odd']);
  });

  it('keeps an unclosed backtick or quote as ordinary text', () => {
    expect(makeDoc('a `b c').tok).toEqual(['a', 'b', 'c']);
    expect(makeDoc('a "b c').tok).toEqual(['a', 'b', 'c']);
  });

  it('masks exactly the ranges findMasked finds', () => {
    const piece = fc.constantFrom('a', 'great', '"', '“', '”', '`', '``', '\n', '> ', '```', ' ', 'x y', ' "q" ', ' `c` ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300, size: 'large' }), (parts) => {
        const text = parts.join('');
        const norm = normalise(text);
        const ranges = findMasked(norm, text);
        const codes = [...norm];
        for (let k = 0; k < ranges.length; k += 2) for (let i = ranges[k] as number; i < (ranges[k + 1] as number); i++) if (codes[i] !== '\n') codes[i] = ' ';
        expect(applyMask(norm, ranges)).toBe(codes.join(''));
      }),
      { numRuns: 300 },
    );
  });

  // makeDoc steps over the masked ranges instead of scanning a masked copy: it must read the
  // same tokens, offsets, sentences and exclamations as a scan of that copy would.
  it('reads the same as a scan of the masked text', () => {
    const piece = fc.constantFrom('great', "don't", "you're", 'e.g.', '"', '“', '”', '`', '``', '\n', '> ', '```', ' ', '. ', '!', '?', ':', ' "q"', '"q".', '`c`!', "'", '🎉', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200, size: 'large' }), (parts) => {
        const doc = makeDoc(parts.join(''));
        const copy = makeDoc(doc.prose);
        // Masking the copy again can pair quotes anew ("“x” and ”y“" leaves a straight-quoted
        // pair): compare only where it masks nothing more.
        fc.pre(copy.prose === doc.prose);
        expect(doc.tok).toEqual(copy.tok);
        expect([...doc.start, ...doc.end, ...doc.sent]).toEqual([...copy.start, ...copy.end, ...copy.sent]);
        expect([doc.sentStart, doc.exclamations, doc.firstEmojiCandidate]).toEqual([copy.sentStart, copy.exclamations, copy.firstEmojiCandidate]);
      }),
      { numRuns: 300 },
    );
  });

  // Rules that test a few characters ask isMasked instead of building the masked copy.
  it('isMasked says which characters the masked copy blanks', () => {
    const piece = fc.constantFrom('a', 'great!', '"', '“', '”', '`', '``', '\n', '> ', '```', ' ', ' "q!" ', ' `c` ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200, size: 'large' }), (parts) => {
        const text = parts.join('');
        const doc = makeDoc(text);
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\n' || text[i] === ' ') continue;
          expect(isMasked(doc, i)).toBe(doc.prose[i] === ' ');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps offsets when lower-casing changes a character length', () => {
    const text = 'İstanbul is great';
    const doc = makeDoc(text);
    expect(doc.prose.length).toBe(text.length);
    expect(text.slice(doc.start[doc.tok.length - 1], doc.end[doc.tok.length - 1])).toBe('great');
  });
});

describe('makeDoc: tokens and sentences', () => {
  it('expands contractions, curly apostrophes included', () => {
    expect(makeDoc('You’re right, I don’t think it’s wrong').tok).toEqual(['you', 'are', 'right', 'i', 'do', 'not', 'think', 'it', 'is', 'wrong']);
    expect(makeDoc("can't won't let's").tok).toEqual(['can', 'not', 'will', 'not', 'let', 'us']);
  });

  it('reads an ending or stem that names an object property as a word like any other', () => {
    expect(makeDoc("it'constructor").tok).toEqual(['it']);
    expect(makeDoc("constructorn't").tok).toEqual(['constructor', 'not']);
    expect(() => scoreReply({ reply: "That idea'constructor is great, toStringn't" })).not.toThrow();
  });

  it('splits sentences at . ! ? and line breaks, not at decimals or e.g.', () => {
    const doc = makeDoc('Great! Pi is 3.14, e.g. roughly.\nNext line? Yes');
    expect(doc.sentStart.length).toBe(4);
    expect(doc.exclamations).toBe(1);
  });

  it('treats odd whitespace as spaces', () => {
    expect(makeDoc('great\u00a0question\u2003here').tok).toEqual(['great', 'question', 'here']);
  });
});

describe('Vocabulary', () => {
  it('gives the words it is made from the ids 1, 2, 3… in order, and new words the next ones', () => {
    const vocab = new Vocabulary(['you', 'are', 'great']);
    expect(['you', 'are', 'great'].map((w) => vocab.idOf(w))).toEqual([1, 2, 3]);
    expect(vocab.intern('are')).toBe(2);
    expect(vocab.intern('brilliant')).toBe(4);
    expect(vocab.words()).toEqual(['you', 'are', 'great', 'brilliant']);
  });

  it('is not made from a list that repeats a word (the later ids would collide)', () => {
    expect(() => new Vocabulary(['you', 'are', 'you'])).toThrow(/distinct/);
  });
});

describe('makeDoc: word ids looked up while tokenising', () => {
  // Words of one length that share their first and last two letters share a range hash too.
  const vocab = new Vocabulary(['great', 'grant', 'you', 'not', 'are', 'abxcd', 'abycd', 'a']);

  it('are the ids the vocabulary gives the token strings', () => {
    const piece = fc.constantFrom('great', 'grant', 'greet', 'you', "you're", "don't", 'abxcd', 'abycd', 'abzcd', 'a', 'b', 'zebra', '.', '\n', '`x`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const doc = makeDoc(parts.join(' '), vocab);
        expect([...doc.ids]).toEqual(doc.tok.map((t) => vocab.idOf(t)));
        expect([...vocab.tokenIds(makeDoc(parts.join(' ')))]).toEqual([...doc.ids]);
      }),
      { numRuns: 200 },
    );
  });

  it('tell apart words that share a hash', () => {
    const index = vocab.wordIndex();
    expect(index.idOfRange('x abzcd', 2, 7)).toBe(0);
    expect(index.idOfRange('x abycd', 2, 7)).toBe(vocab.idOf('abycd'));
    expect(index.idOfRange('x abxcd', 2, 7)).toBe(vocab.idOf('abxcd'));
  });
});

describe('makeDoc on columns of the caller\'s', () => {
  const vocab = new Vocabulary(['great', 'you', 'not', 'are']);
  const columns = (doc: Doc) => [[...doc.ids], [...doc.start], [...doc.end], [...doc.sent], doc.count];

  it('reads the tokens makeDoc copies out, also past the columns\' first size, until the next doc on them', () => {
    const reused = new TokenColumns();
    // The long text outgrows the columns' first 1,024 tokens; the short one after it is read from the grown columns.
    for (const text of ["You're great. Not you!", 'great you '.repeat(700), "don't\nyou"]) {
      const doc = makeDoc(text, vocab, reused);
      expect(columns(doc)).toEqual(columns(makeDoc(text, vocab)));
      expect(doc.tok).toEqual(makeDoc(text, vocab).tok);
    }
  });
});

describe('makeDoc: hyphenated compounds', () => {
  const vocab = new Vocabulary(['mind-blowing', 'one-size-fits-all', 'mind', 'blowing']);

  it('reads a compound the vocabulary names as one word, with the offsets of the whole', () => {
    const doc = makeDoc('A mind-blowing, one-size-fits-all plan', vocab);
    expect(doc.tok).toEqual(['a', 'mind-blowing', 'one-size-fits-all', 'plan']);
    expect(doc.ids[1]).toBe(vocab.idOf('mind-blowing'));
    expect(doc.text.slice(doc.start[1], doc.end[1])).toBe('mind-blowing');
  });
  it('splits a compound the vocabulary does not name, one before a contraction, and any without a vocabulary', () => {
    expect(makeDoc('an x-ray of my mind-set', vocab).tok).toEqual(['an', 'x', 'ray', 'of', 'my', 'mind', 'set']);
    expect(makeDoc("mind-blowing's", vocab).tok).toEqual(['mind', 'blowing']);
    expect(makeDoc('mind-blowing').tok).toEqual(['mind', 'blowing']);
    expect(makeDoc('mind - blowing', vocab).tok).toEqual(['mind', 'blowing']);
  });
  it('gives every word of the English word classes one token of its own (a listed word no token can be is never read)', () => {
    const { vocab: english } = compile(en);
    const l = en.lexicon;
    for (const words of [l.praise, l.contributions, l.intensifiers, l.negators, l.secondPerson, l.thirdPerson, l.selfDoubt, l.linking, l.experience, l.phenomena, l.unease, l.interjections]) {
      for (const word of words) expect(makeDoc(word, english).tok).toEqual([word]);
    }
  });
});

describe('phrases', () => {
  it('expands choices and optional slots and matches within a sentence only', () => {
    const doc = makeDoc('You are right. You are absolutely right. You are. Right');
    const [matches] = findAll(doc, compileMulti([['you are (absolutely|so)? right']]));
    expect(matches).toEqual([{ from: 0, to: 3 }, { from: 3, to: 7 }]);
  });

  it('refuses a choice inside a choice and unbalanced parentheses, naming the phrase', () => {
    for (const phrase of ['i will not change (my (answer|view))?', 'i will not (change', 'change my answer)']) {
      expect(() => parseSlots(phrase), phrase).toThrow(`Phrase "${phrase}"`);
    }
    expect(parseSlots('i will not (change|switch) (my answer)?')).toHaveLength(5);
  });
});

describe('findAll (one pass over all phrase lists)', () => {
  it('gives the same matches as matching each list alone', () => {
    const lists = [['you are (absolutely)? right', 'you are'], ['i (do not)? agree', 'not'], ['right']];
    const doc = makeDoc("You are absolutely right. I don't agree, you're right, not right. You are.");
    const multi = findAll(doc, compileMulti(lists));
    lists.forEach((list, i) => expect(multi[i]).toEqual(findPhrases(doc, list)));
  });

  it('agrees with the reference on the English phrase lists, whatever the text', () => {
    const lists = Object.values(en.lexicon.phrases);
    const multiMatcher = compileMulti(lists);
    const words = [...new Set(lists.flat().flatMap((p) => p.replace(/[()?|]/g, ' ').split(/\s+/)).filter(Boolean))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('.', '!', '\n', 'zebra', "you're", "don't"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const doc = makeDoc(parts.join(' '));
        const multi = findAll(doc, multiMatcher);
        lists.forEach((list, i) => expect(multi[i]).toEqual(findPhrases(doc, list)));
      }),
      { numRuns: 100 },
    );
  });
});
