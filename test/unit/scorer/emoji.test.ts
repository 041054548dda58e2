import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emojiClusters, isEmojiCluster, scanEmoji } from '../../../src/scorer/rules/emoji';
import { makeDoc } from '../../../src/scorer/text/doc';

const scan = (text: string) => scanEmoji(makeDoc(text));

describe('emoji counting', () => {
  it('counts ZWJ sequences, skin tones, flags and keycaps as one emoji each', () => {
    expect(scan('Family 👨‍👩‍👧‍👦 here').count).toBe(1);
    expect(scan('Wave 👋🏽 there').count).toBe(1);
    expect(scan('Flag 🇫🇷 there').count).toBe(1);
    expect(scan('Step 1️⃣ first').count).toBe(1);
    expect(scan('Heart ❤️ and ✨').count).toBe(2);
  });

  it('does not count text-style symbols or emoticons', () => {
    expect(isEmojiCluster('©')).toBe(false);
    expect(isEmojiCluster('™')).toBe(false);
    expect(scan('Copyright © 2024 Acme™. Arrows → and :) and <3').count).toBe(0);
  });

  it('ignores emoji inside code and quotes', () => {
    expect(scan('```\nprint("🎉🎉🎉")\n```\nDone.').count).toBe(0);
    expect(scan('Use `🚀` as the key.').count).toBe(0);
  });

  it('returns spans that point at each emoji', () => {
    const text = 'Go 🚀 now 👨‍👩‍👧';
    const r = scan(text);
    expect(r.hits.map((h) => text.slice(h.start, h.end))).toEqual(['🚀', '👨‍👩‍👧']);
  });
});

describe('emoji padding score', () => {
  it('is zero without emoji', () => {
    expect(scan('A plain, serious answer about tax law.').score).toBe(0);
  });

  it('stays low for one emoji in a long serious answer', () => {
    const long = `${'The migration needs a schema change and a backfill. '.repeat(30)}Good luck 👍`;
    expect(scan(long).score).toBeLessThan(30);
  });

  it('is high for decorated bullets and headings', () => {
    const text = '## 🚀 Getting started\n- ✅ Install\n- 🔧 Configure\n- 🎉 Done\n- 💡 Tips';
    const r = scan(text);
    expect(r.decoratedLines).toBeGreaterThanOrEqual(4); // counting stops once the score is saturated
    expect(r.score).toBeGreaterThanOrEqual(80);
  });

  it('is high for strings of emoji in a short reply', () => {
    const r = scan('Great question! 🎉🚀✨');
    expect(r.runs).toBe(1);
    expect(r.score).toBeGreaterThanOrEqual(50);
  });
});

describe('decorated lines', () => {
  it('counts each decorated bullet or heading once, and not emoji mid-sentence', () => {
    expect(scan('- ✅ one\n- ✅ two').decoratedLines).toBe(2);
    expect(scan('## Setup 🚀').decoratedLines).toBe(1);
    expect(scan('We shipped it today 🚀 and it works.').decoratedLines).toBe(0);
  });
});

describe('emoji grapheme clusters', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const reference = (s: string) => Array.from(segmenter.segment(s), ({ segment, index }) => ({ segment, index }));
  // Every character an emoji run can hold (the classes of rules/emoji.ts: RUN), and one of each
  // kind to put beside it: pictographs (emoji- and text-style), joiner, variation selector, keycap,
  // skin tone, regional indicator, tag, digit, space.
  const RUN_CHAR = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\p{Emoji_Component}\u200D\uFE0F\u20E3 ]/u;
  const runChars: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (RUN_CHAR.test(c)) runChars.push(c);
  }
  const KINDS = ['🎉', '©', '\u200D', '\uFE0F', '\u20E3', '🏽', '🇫', '\u{E0067}', '#', '1', ' '];

  it('are those Intl.Segmenter finds, for every run character beside every kind', () => {
    expect(runChars.length).toBeGreaterThan(2500);
    // One expect for the ~30,000 strings (an expect each made this the slowest unit test by far).
    const differing: string[] = [];
    for (const c of runChars) {
      for (const k of KINDS) {
        for (const s of [k + c, c + k, `🎉\u200D${c}${k}`]) {
          if (JSON.stringify(emojiClusters(s)) !== JSON.stringify(reference(s))) differing.push(s);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('start at a character the tokeniser notes as a possible emoji (the scan starts at the first)', () => {
    const starts = runChars.filter((c) => /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u.test(c));
    for (const c of starts) {
      const cp = c.codePointAt(0) as number;
      expect(cp === 0xa9 || cp === 0xae || cp >= 0x203c, c).toBe(true);
    }
    const text = 'Step 1️⃣ then #️⃣ and 🇫🇷';
    expect(scan(text).hits.map((h) => text.slice(h.start, h.end))).toEqual(['1️⃣', '#️⃣', '🇫🇷']);
  });

  it('are those Intl.Segmenter finds for any string of run characters', () => {
    const char = fc.oneof(fc.constantFrom(...KINDS, '👨', '👩', '❤', '🏳', '⚠', '🇷'), fc.constantFrom(...runChars));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const s = chars.join('');
        expect(emojiClusters(s)).toEqual(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
