import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../../src/scorer';
import { hasContentWord } from '../../../src/scorer/evidence';
import { en } from '../../../src/scorer/lang/en';
import { makeContext } from '../../../src/scorer/rules/context';
import { makeDoc } from '../../../src/scorer/text/doc';

const functionWords = new Set(en.lexicon.functionWords);
/** Does the text hold a word (after contraction expansion) that is not a function word? */
const saysSomething = (text: string) => makeDoc(text).tok.some((t) => !functionWords.has(t));
const evidenceTexts = (reply: string, user?: string) => scoreReply({ reply, user }).evidence.map((e) => e.text.toLowerCase());

describe('evidence shown to the reader', () => {
  it('keeps the phrases that raised the score', () => {
    const texts = evidenceTexts("What a brilliant question! You're absolutely right, and I really appreciate how you framed it.");
    expect(texts).toContain('brilliant question');
    expect(texts.some((t) => t.includes("you're absolutely right"))).toBe(true);
    expect(texts.some((t) => t.includes('appreciate how'))).toBe(true);
  });

  it('never shows a span made only of function words', () => {
    // "Here are…" raises agreement through unquestioned-help, and the fitted lexicon holds
    // function words such as "or" and "on the": they count, but they explain nothing to a reader.
    const reply = 'Here are some ways you could do it. You can go on the bus or on the train, and here is how to book it.';
    const texts = evidenceTexts(reply, 'How do I get to the city centre?');
    for (const t of ['here are', 'here are some', 'or', 'on the', 'how to', 'you can', 'can']) expect(texts).not.toContain(t);
  });

  it('never shows fitted lexicon entries as spans', () => {
    const s = scoreReply({ reply: 'You are right, and there are more possible views on the issue than one. Overall it can work well.', user: 'I think remote work is better.' });
    expect(s.evidence.filter((e) => e.signal?.startsWith('lexicon:'))).toEqual([]);
    expect(s.evidence.filter((e) => e.signal?.startsWith('capitulation:lexicon:'))).toEqual([]);
  });

  it('every evidence span holds a word that is not a function word, whatever the reply', () => {
    const words = fc.constantFrom(
      'you', 'are', 'right', 'here', 'is', 'how', 'to', 'great', 'question', 'I', 'agree', 'or', 'on', 'the', 'it', "it's", 'important',
      'really', 'brilliant', 'absolutely', 'can', 'more', 'than', 'your', 'idea', 'keep', 'exploring', 'certainly', '.', '!', ',', '\n',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(words, { maxLength: 12 }), (parts, userParts) => {
        for (const e of scoreReply({ reply: parts.join(' '), user: userParts.join(' ') || undefined }).evidence) {
          if (e.dimension !== 'emoji') expect(saysSomething(e.text)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('hasContentWord', () => {
  const ctx = makeContext("Here are the steps you're after: brilliant work.", en);
  const span = (text: string) => {
    const start = ctx.doc.text.indexOf(text);
    return { start, end: start + text.length };
  };

  it('is false for function words alone, contractions included', () => {
    expect(hasContentWord(ctx, span('Here are the'))).toBe(false);
    expect(hasContentWord(ctx, span("you're"))).toBe(false);
  });

  it('is true once a word says something', () => {
    expect(hasContentWord(ctx, span('Here are the steps'))).toBe(true);
    expect(hasContentWord(ctx, span('brilliant work'))).toBe(true);
  });
});
