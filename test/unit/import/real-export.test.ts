// End to end on a genuine ChatGPT export (code interpreter, 2023-09): see test/fixtures/exports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/import';

const REAL = readFileSync(new URL('../../fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json', import.meta.url));

describe('the genuine ChatGPT export', async () => {
  const { replies, summary } = await importExport(REAL);

  it('finds one conversation and its 8 assistant turns, and says what it left out', () => {
    expect(summary).toEqual({
      conversations: 1,
      replies: 8,
      skipped: {
        'system message': 2,
        'assistant tool call (code, browsing, image request)': 11,
        'tool message (code output, browsing, reasoning)': 11,
      },
      notes: {},
    });
  });

  it('pairs each reply with its user turn and the previous reply', () => {
    expect(replies.map((r) => r.user?.slice(0, 30))).toEqual([
      'given two random independent v',
      'lets do this with a monte carl',
      'now, lets do the same simulati',
      'assume z is always 0.5, now re',
      'run it again please',
      'run the fixed one a few times ',
      'can you show the mean, the ave',
      'where is the variance? I want ',
    ]);
    expect(replies[0]?.previous).toBeUndefined();
    replies.slice(1).forEach((r, i) => expect(r.previous).toBe(replies[i]!.reply));
  });

  it('merges the text around code runs into one reply, keyed by its first text message', () => {
    const first = replies[0]!;
    expect(first.message).toBe('09904398-99b4-47ba-8e95-9ed456b4187a');
    expect(first.reply.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(first.reply).toContain('My apologies');
    expect(first.reply).not.toContain('from sympy import');
  });

  it('keeps real times, site, model, ids and the shown branch', () => {
    expect(new Date(replies[0]!.time).toISOString()).toBe('2023-09-21T19:58:55.191Z');
    expect(new Date(replies[7]!.time).toISOString()).toBe('2023-09-22T08:23:04.654Z');
    for (const r of replies) {
      expect(r).toMatchObject({ site: 'chatgpt', conversation: '966da5c4-5bb7-4e4d-ab6d-a7316b96266e', model: 'gpt-4-code-interpreter', version: 1, shown: true });
      expect(r.source).toBe(r.message);
    }
    expect(replies.at(-1)?.message).toBe('875ad56f-8b75-4e69-9fdc-f96acf212f9c');
    expect(replies.map((r) => r.time)).toEqual([...replies.map((r) => r.time)].sort((a, b) => a - b));
  });
});
