import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, loweredScore, scoreReply } from '../../../src/scorer';
import { en } from '../../../src/scorer/lang/en';

// Random replies built from the pieces that trip scorers up: markdown, code, quotes, emoji
// sequences, curly quotes, odd whitespace, lone surrogates and plain random Unicode.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'Great question! ', "You're absolutely right. ", 'not a great idea ', '```js\n', '```\n', '`', '> ', '"', '“', '”', '’', '\n', '\n\n',
    '- ', '## ', '**', '👨‍👩‍👧', '👋🏽', '🇫🇷', '1️⃣', '🎉', '©', '\u00a0', '\u200d', '\ufe0f', '\ud83d', 'İ', 'However, ', 'I apologize. ',
    'There are pros and cons. ', 'your friend is right ', 'I still maintain ',
  ),
);
const reply = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const input = fc.record({ reply, user: fc.option(reply, { nil: undefined }), previous: fc.option(reply, { nil: undefined }) });
// A reply to pushback that says its answer stands: the answer-kept gate's evidence.
const kept = fc.record({ reply: reply.map((r) => `I stand by my answer. ${r}`), user: reply, previous: reply.map((r) => `${r} Lists are mutable in Python.`) });

describe('scoreReply properties', () => {
  it('never throws, stays in range, and its evidence points into the reply or, marked so, into the previous answer', () => {
    fc.assert(
      fc.property(input, (x) => {
        const s = scoreReply(x);
        for (const d of DIMENSIONS) {
          const v = s.dimensions[d];
          if (v !== null) expect(v >= 0 && v <= 100 && Number.isInteger(v)).toBe(true);
        }
        if (s.overall !== null) expect(s.overall >= 0 && s.overall <= 100).toBe(true);
        for (const e of s.evidence) {
          const source = e.in === 'previous' ? x.previous : x.reply;
          expect(e.in === undefined || (e.in === 'previous' && s.capitulation !== undefined)).toBe(true);
          expect(source !== undefined && 0 <= e.start && e.start < e.end && e.end <= source.length).toBe(true);
          expect(source?.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every evidence span the sign of its signal: negative only for agreement rules fitted against it or the answer-kept gate, and only in the reply', () => {
    let lowered = 0;
    let gated = 0;
    fc.assert(
      fc.property(fc.oneof(input, kept), (x) => {
        const s = scoreReply(x);
        for (const e of s.evidence) {
          expect(e.weight).not.toBe(0);
          if (!loweredScore(e)) continue;
          lowered++;
          const [model, rule] = e.signal?.startsWith('capitulation:') ? ['capitulation', e.signal.slice('capitulation:'.length)] as const : ['agreement', e.signal] as const;
          expect(e.dimension).toBe('agreement');
          expect(e.in).toBeUndefined();
          // The gate has no fitted weight: its weight is what it kept out of the logit (model.ts: withhold).
          if (model === 'capitulation' && rule === 'answer-kept') gated++;
          else expect(en.weights[model].features[rule ?? '']).toBeLessThan(0);
        }
      }),
      { numRuns: 300 },
    );
    // The property is about something: random replies do push back, and kept answers show the
    // gate (about 60–70 lowering spans in 300 runs, 15–20 of them the gate's; any fixed count above
    // a few would make this unseeded test flaky).
    expect(lowered).toBeGreaterThan(0);
    expect(gated).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(input, (x) => {
        expect(scoreReply(x)).toEqual(scoreReply(x));
      }),
      { numRuns: 150 },
    );
  });
});
