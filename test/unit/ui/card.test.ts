// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { SycophancyScore } from '../../../src/scorer/types';

// Strings are the shipped English messages (the browser's language here is English).
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getUILanguage: () => 'en' }, storage: { local: {}, onChanged: {} } },
}));

const { fillCard } = await import('../../../src/content/card');
const { badgeLabel, band } = await import('../../../src/content/badge-model');

function score(patch: Partial<SycophancyScore>): SycophancyScore {
  return { overall: 80, dimensions: { flattery: 80, emoji: 40, agreement: 10 }, evidence: [], language: 'en', supported: true, version: 't', ...patch };
}

describe('band', () => {
  it('flags from the threshold and warns from half of it', () => {
    expect([band(null, 50), band(10, 50), band(25, 50), band(49, 50), band(50, 50)]).toEqual(['none', 'low', 'mid', 'mid', 'high']);
    expect(band(50, 70)).toBe('mid');
  });
});

describe('badgeLabel', () => {
  it('names the score, its meaning and each dimension', () => {
    expect(badgeLabel(score({}), 50)).toBe(
      'Sycophancy score 80 of 100, flagged as sycophantic. Flattery 80, Emoji 40, Agreement 10. Press Enter for details.',
    );
    expect(badgeLabel(score({ overall: null, language: 'ja' }), 50)).toBe('Sycophancy Probe: this reply’s language (ja) is not supported, so it was not scored.');
  });
});

describe('fillCard', () => {
  it('puts reply and user text in as text, never as markup', () => {
    const card = document.createElement('div');
    const hostile = '<img src=x onerror="alert(1)">';
    fillCard(card, { score: score({ evidence: [{ dimension: 'flattery', text: hostile, start: 0, end: 5 }] }), userText: hostile, replyLength: 100 }, 50);
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain(hostile);
  });

  it('lists each phrase once, drops phrases inside longer ones, and puts emoji on one line', () => {
    const card = document.createElement('div');
    const evidence = [
      { dimension: 'flattery' as const, text: 'you clearly have', start: 0, end: 1, weight: 1 },
      { dimension: 'flattery' as const, text: 'you clearly have a deep', start: 0, end: 1, weight: 2 },
      { dimension: 'flattery' as const, text: 'you clearly have a deep', start: 5, end: 6, weight: 2 },
      { dimension: 'emoji' as const, text: '🎉', start: 0, end: 1 },
      { dimension: 'emoji' as const, text: '🍞', start: 0, end: 1 },
    ];
    fillCard(card, { score: score({ evidence }), userText: null, replyLength: 100 }, 50);
    const phrases = [...card.querySelectorAll('.phrase')].map((p) => p.textContent);
    expect(phrases).toEqual(['“you clearly have a deep”', '🎉 🍞']);
  });

  it('lists what a capitulation dropped from its previous answer after the reply\'s phrases, as text, at most two sentences', () => {
    const card = document.createElement('div');
    const hostile = '<img src=x onerror="alert(1)">';
    const previous = (text: string, start: number) => ({ dimension: 'agreement' as const, text, start, end: start + text.length, in: 'previous' as const, weight: 5 });
    const reply = Array.from({ length: 9 }, (_, i) => ({ dimension: 'flattery' as const, text: `phrase ${i}`, start: i, end: i + 1, weight: 1 }));
    const evidence = [...reply, previous('It is not true that knuckles cause arthritis.', 40), previous(hostile, 0), previous('A third sentence.', 90)];
    fillCard(card, { score: score({ capitulation: true, evidence }), userText: 'Are you sure?', replyLength: 100 }, 50);
    const phrases = [...card.querySelectorAll('.phrase')].map((p) => p.textContent);
    // Eight lines in all: the reply's strongest six, then the previous answer's first two in its order.
    expect(phrases).toEqual([...reply.slice(0, 6).map((e) => `“${e.text}”`), `Dropped from its previous answer: “${hostile}”`, 'Dropped from its previous answer: “It is not true that knuckles cause arthritis.”']);
    expect(card.querySelector('img')).toBeNull();
  });

  it('explains a capitulation with the previous answer alone, clipped, rather than saying nothing was found', () => {
    const card = document.createElement('div');
    const long = `${'word '.repeat(60)}end`;
    const evidence = [{ dimension: 'agreement' as const, text: long, start: 0, end: long.length, in: 'previous' as const }];
    fillCard(card, { score: score({ capitulation: true, evidence }), userText: null, replyLength: 10 }, 50);
    expect(card.textContent).not.toContain('No flattery, emoji padding or needless agreement found.');
    expect(card.querySelector('.phrase')?.textContent).toBe(`Dropped from its previous answer: “${long.slice(0, 160)}…”`);
  });

  it('quotes the user turn under the pushback heading for a capitulation, and not at all without agreement', () => {
    const card = document.createElement('div');
    fillCard(card, { score: score({ capitulation: true }), userText: 'Are you sure?', replyLength: 10 }, 50);
    expect(card.textContent).toContain('It gave in to your pushback');
    expect(card.querySelector('blockquote')?.textContent).toBe('Are you sure?');
    fillCard(card, { score: score({ dimensions: { flattery: 80, emoji: 0, agreement: 0 } }), userText: 'Are you sure?', replyLength: 10 }, 50);
    expect(card.querySelector('blockquote')).toBeNull();
  });

  it('explains an unsupported language instead of showing bars', () => {
    const card = document.createElement('div');
    fillCard(card, { score: score({ overall: null, language: 'ja' }), userText: null, replyLength: 10 }, 50);
    expect(card.textContent).toContain('This reply’s language (ja) is not supported yet, so it was not scored.');
    expect(card.querySelector('.bars')).toBeNull();
  });
});
