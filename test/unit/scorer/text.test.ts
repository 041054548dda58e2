import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../src/scorer/text/doc';
import { compilePhrases, findPhrases } from '../../../src/scorer/text/phrases';

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

  it('splits sentences at . ! ? and line breaks, not at decimals or e.g.', () => {
    const doc = makeDoc('Great! Pi is 3.14, e.g. roughly.\nNext line? Yes');
    expect(doc.sentStart.length).toBe(4);
    expect(doc.exclamations).toBe(1);
  });

  it('treats odd whitespace as spaces', () => {
    expect(makeDoc('great\u00a0question\u2003here').tok).toEqual(['great', 'question', 'here']);
  });
});

describe('phrases', () => {
  it('expands choices and optional slots and matches within a sentence only', () => {
    const m = compilePhrases(['you are (absolutely|so)? right']);
    const doc = makeDoc('You are right. You are absolutely right. You are. Right');
    expect(findPhrases(doc, m).length).toBe(2);
  });
});

describe('findAll (one pass over all phrase lists)', () => {
  it('gives the same matches as matching each list alone', async () => {
    const { compileMulti, findAll } = await import('../../../src/scorer/text/phrases');
    const lists = [['you are (absolutely)? right', 'you are'], ['i (do not)? agree', 'not'], ['right']];
    const doc = makeDoc("You are absolutely right. I don't agree, you're right, not right. You are.");
    const multi = findAll(doc, compileMulti(lists));
    lists.forEach((list, i) => expect(multi[i]).toEqual(findPhrases(doc, compilePhrases(list))));
  });
});
