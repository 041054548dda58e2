// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { scoreReply } from '../../../src/scorer';
import { AGREEMENT_NEUTRAL, type SycophancyScore } from '../../../src/scorer/types';

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
    // At agreement's neutral point nothing agreed with the claim, so it is not quoted; just above, it is.
    fillCard(card, { score: score({ dimensions: { flattery: 80, emoji: 0, agreement: AGREEMENT_NEUTRAL } }), userText: 'I think so.', replyLength: 10 }, 50);
    expect(card.querySelector('blockquote')).toBeNull();
    fillCard(card, { score: score({ dimensions: { flattery: 80, emoji: 0, agreement: AGREEMENT_NEUTRAL + 1 } }), userText: 'I think so.', replyLength: 10 }, 50);
    expect(card.querySelector('blockquote')?.textContent).toBe('I think so.');
  });

  it('lists where the reply pushed back under a heading of its own, never among what raised the score', () => {
    const card = document.createElement('div');
    const hostile = '<img src=x onerror="alert(1)">';
    const against = (text: string, weight: number) => ({ dimension: 'agreement' as const, text, start: 0, end: text.length, signal: 'both-sides', weight });
    const evidence = [
      { dimension: 'flattery' as const, text: 'great question', start: 0, end: 14, weight: 0.8 },
      against('pros and cons', -0.66),
      against('your friend is right', -1.22),
      against(hostile, -0.22),
      against('it depends', -0.1),
    ];
    fillCard(card, { score: score({ dimensions: { flattery: 30, emoji: 0, agreement: 1 }, evidence }), userText: 'I think so.', replyLength: 100 }, 50);
    expect([...card.querySelectorAll('.phrase')].map((p) => p.textContent)).toEqual(['“great question”']);
    const sections = [...card.querySelectorAll('.section')].map((p) => p.textContent);
    expect(sections).toEqual(['What raised the score', 'Where it pushed back (lowered agreement)']);
    // Strongest first (the most negative weight), three at most, as text.
    expect([...card.querySelectorAll('.pushed-back li')].map((li) => li.textContent)).toEqual(['“your friend is right”', '“pros and cons”', `“${hostile}”`]);
    expect(card.querySelector('img')).toBeNull();
  });

  it('says nothing raised the score when the reply only pushed back, and shows no such section for rows stored without it', () => {
    const card = document.createElement('div');
    const evidence = [{ dimension: 'agreement' as const, text: 'both perspectives', start: 0, end: 17, signal: 'both-sides', weight: -0.66 }];
    fillCard(card, { score: score({ overall: 0, dimensions: { flattery: 0, emoji: 0, agreement: 2 }, evidence }), userText: null, replyLength: 50 }, 50);
    expect(card.textContent).toContain('No flattery, emoji padding or needless agreement found.');
    expect(card.querySelector('.pushed-back')?.textContent).toBe('“both perspectives”');
    fillCard(card, { score: score({ overall: 0, dimensions: { flattery: 0, emoji: 0, agreement: 2 }, evidence: [] }), userText: null, replyLength: 50 }, 50);
    expect(card.querySelector('.pushed-back')).toBeNull();
    expect(card.textContent).not.toContain('pushed back');
  });

  it('lists the words that said the answer stands where a hold pushed back, as the scorer gave them', () => {
    const card = document.createElement('div');
    const scored = scoreReply({
      previous: 'Python is the gentler first language: its syntax is short and readable, so beginners are not discouraged by boilerplate.',
      user: 'I really disagree with that. I think JavaScript is clearly the better answer.',
      reply: 'Fair question, but I will keep my answer: the first language should get out of the way of whoever is learning it.',
    });
    fillCard(card, { score: scored, userText: null, replyLength: 120 }, 50);
    expect([...card.querySelectorAll('.pushed-back li')].map((li) => li.textContent)).toContain('“I will keep my answer”');
  });

  it('explains an unsupported language instead of showing bars', () => {
    const card = document.createElement('div');
    fillCard(card, { score: score({ overall: null, language: 'ja' }), userText: null, replyLength: 10 }, 50);
    expect(card.textContent).toContain('This reply’s language (ja) is not supported yet, so it was not scored.');
    expect(card.querySelector('.bars')).toBeNull();
  });
});
