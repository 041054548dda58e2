import { replyKey, type ReplyRecord } from '../../../src/db/record';
import type { Evidence } from '../../../src/scorer/types';

let counter = 0;

/** A stored row with sensible defaults; override what the test is about. */
export function row(overrides: Partial<ReplyRecord> & { time: number }): ReplyRecord {
  counter += 1;
  const base = {
    site: 'chatgpt',
    conversation: 'c1',
    message: `m${counter}`,
    version: 1,
    ...overrides,
  };
  return {
    model: 'gpt-4o',
    overall: 40,
    flattery: 40,
    emoji: 10,
    agreement: 30,
    capitulation: false,
    language: 'en',
    evidence: [],
    scorerVersion: '0.1.0',
    origin: 'live',
    ...base,
    key: overrides.key ?? replyKey(base),
  };
}

/** Small deterministic PRNG (mulberry32), so synthetic data is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES: Evidence['dimension'][] = ['flattery', 'emoji', 'agreement'];
const TEXTS = {
  flattery: ['Great question!', 'What a brilliant idea', 'You are absolutely right to ask'],
  emoji: ['🚀', '✨', '🎉'],
  agreement: ["You're absolutely right", 'I completely agree', 'Exactly right'],
};
const SITES = ['chatgpt', 'claude', 'gemini'];
const MODELS = ['gpt-4o', 'claude-sonnet', 'gemini-pro', null];

/** `count` plausible rows spread evenly over `days` days ending at `end`, with text and evidence. */
export function syntheticRows(count: number, end: number, days: number, seed = 42): ReplyRecord[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const dimension = pick(PHRASES);
    const phrase = pick(TEXTS[dimension]);
    const text = `${phrase} Here is the answer you asked for, with a few details and an example.`;
    const unsupported = next() < 0.03;
    const overall = unsupported ? null : Math.round(next() ** 1.6 * 100);
    const site = pick(SITES);
    return row({
      site,
      conversation: `c${i % 500}`,
      message: `m${i}`,
      time: end - Math.floor(next() * days * 86_400_000),
      model: pick(MODELS),
      overall,
      flattery: unsupported ? null : Math.round(next() * 100),
      emoji: unsupported ? null : Math.round(next() * 60),
      agreement: unsupported ? null : Math.round(next() * 90),
      capitulation: next() < 0.02,
      language: unsupported ? 'ja' : 'en',
      evidence: unsupported ? [] : [{ dimension, text: phrase, start: 0, end: phrase.length }],
      scorerVersion: next() < 0.1 ? '0.1.0' : '0.2.0',
      text,
      userText: 'Can you check my plan?',
      url: `https://${site}.example/c/${i % 500}`,
    });
  });
}

/** A reply with one phrase that raised flattery and two where it pushed back (spans that lowered agreement, negative weights). */
export function pushedBackRow(): ReplyRecord {
  return row({
    time: Date.parse('2026-11-18T10:00:00Z'),
    overall: 60,
    flattery: 60,
    emoji: 0,
    agreement: 1,
    text: 'Great question! There are pros and cons, and your friend is right.',
    evidence: [
      { dimension: 'flattery', text: 'Great question', start: 0, end: 14, signal: 'opening-praise', weight: 0.78 },
      { dimension: 'agreement', text: 'pros and cons', start: 26, end: 39, signal: 'both-sides', weight: -0.66 },
      { dimension: 'agreement', text: 'your friend is right', start: 45, end: 65, signal: 'sides-with-other', weight: -1.22 },
    ],
  });
}

/**
 * A capitulation that gave in ("You are right, it ruins the joints.") and whose evidence quotes
 * `dropped`, a sentence of its previous answer (`in: 'previous'`), beside its own phrase.
 */
export function cavedRow(dropped: string): ReplyRecord {
  return row({
    time: Date.parse('2026-11-18T09:00:00Z'),
    overall: 80,
    agreement: 80,
    capitulation: true,
    text: 'You are right, it ruins the joints.',
    evidence: [
      { dimension: 'agreement', text: 'You are right', start: 0, end: 13, signal: 'capitulation:opening-affirmation' },
      { dimension: 'agreement', text: dropped, start: 4, end: 4 + dropped.length, in: 'previous', signal: 'capitulation:drops-previous' },
    ],
  });
}
