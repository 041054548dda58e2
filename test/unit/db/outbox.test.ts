// The content script's side of "loses nothing": replies wait in the outbox until acknowledged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyStoredAnswer, ScoredReply } from '../../../src/background/messages';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: vi.fn() } } }));
const { Outbox } = await import('../../../src/content/outbox');

function reply(message: string): ScoredReply {
  return {
    site: 'chatgpt',
    conversation: 'c',
    message,
    time: 0,
    model: null,
    url: 'https://chatgpt.com/c/c',
    text: message,
    userText: null,
    previousMessage: null,
    score: { overall: 1, dimensions: { flattery: 1, emoji: 0, agreement: 0 }, evidence: [], language: 'en', version: 't' },
  };
}

const ACK: ReplyStoredAnswer = { ok: true, key: 'k', version: 1, created: true };

/** A background that is "stopped" until `wake()`: sends fail like Chrome's do while the worker restarts. */
function flakyBackground() {
  const received: string[] = [];
  let awake = false;
  const transport = vi.fn(async (replies: ScoredReply[]) => {
    if (!awake) throw new Error('Could not establish connection. Receiving end does not exist.');
    received.push(...replies.map((r) => r.message));
    return replies.map(() => ACK);
  });
  return { transport, received, wake: () => (awake = true), sleep: () => (awake = false) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Outbox', () => {
  it('keeps a reply the background did not take and sends it again once the background is back', async () => {
    const background = flakyBackground();
    const errors: string[] = [];
    const outbox = new Outbox((e) => errors.push(e), background.transport);
    outbox.send([reply('a')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.size).toBe(1);
    expect(errors[0]).toMatch(/Receiving end does not exist/);

    background.wake();
    await vi.advanceTimersByTimeAsync(500);
    expect(background.received).toEqual(['a']);
    expect(outbox.size).toBe(0);
  });

  it('sends waiting replies along with the next new one, without waiting for the backoff', async () => {
    const background = flakyBackground();
    const outbox = new Outbox(() => {}, background.transport);
    outbox.send([reply('a')]);
    await vi.advanceTimersByTimeAsync(0);
    background.wake();
    outbox.send([reply('b')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(background.received.sort()).toEqual(['a', 'b']);
    expect(outbox.size).toBe(0);
  });

  it('gives up waiting for an answer that never comes, and sends again', async () => {
    let calls = 0;
    const outbox = new Outbox(() => {}, () => (++calls === 1 ? new Promise(() => {}) : Promise.resolve([ACK])));
    outbox.send([reply('a')]);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(outbox.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000 + 500);
    expect(calls).toBe(2);
    expect(outbox.size).toBe(0);
  });

  it('retries a failed write the background reported, with growing delays', async () => {
    const answers: ReplyStoredAnswer[] = [{ ok: false, error: 'QuotaExceededError' }, { ok: false, error: 'QuotaExceededError' }, ACK];
    const transport = vi.fn(async () => [answers.shift()!]);
    const outbox = new Outbox(() => {}, transport);
    outbox.send([reply('a')]);
    await vi.advanceTimersByTimeAsync(500);
    expect(transport).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(transport).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport).toHaveBeenCalledTimes(3);
    expect(outbox.size).toBe(0);
  });

  it('does not send a reply again while its first send is still on its way', async () => {
    let resolve: (a: ReplyStoredAnswer[]) => void = () => {};
    const transport = vi.fn(() => new Promise<ReplyStoredAnswer[]>((r) => (resolve = r)));
    const outbox = new Outbox(() => {}, transport);
    outbox.send([reply('a')]);
    outbox.flush();
    expect(transport).toHaveBeenCalledTimes(1);
    resolve([ACK]);
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.size).toBe(0);
  });

  it("sends a scan's replies in one message, and keeps only the ones whose write failed", async () => {
    const batches: string[][] = [];
    const transport = vi.fn(async (replies: ScoredReply[]) => {
      batches.push(replies.map((r) => r.message));
      return replies.map((r): ReplyStoredAnswer => (r.message === 'b' && batches.length === 1 ? { ok: false, error: 'AbortError' } : ACK));
    });
    const errors: string[] = [];
    const outbox = new Outbox((e) => errors.push(e), transport);
    outbox.send([reply('a'), reply('b'), reply('c')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([['a', 'b', 'c']]);
    expect(outbox.size).toBe(1);
    expect(errors).toEqual(['AbortError']);
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toEqual([['a', 'b', 'c'], ['b']]);
    expect(outbox.size).toBe(0);
  });

  it('splits a long backlog into messages of at most 25 replies', async () => {
    const sizes: number[] = [];
    const outbox = new Outbox(() => {}, async (replies) => (sizes.push(replies.length), replies.map(() => ACK)));
    outbox.send(Array.from({ length: 60 }, (_, i) => reply(`m${i}`)));
    await vi.advanceTimersByTimeAsync(0);
    expect(sizes).toEqual([25, 25, 10]);
    expect(outbox.size).toBe(0);
  });

  it('sends nothing more once stopped (the extension is gone), also when a send fails while stopping', async () => {
    const background = flakyBackground();
    const outbox = new Outbox(() => outbox.stop(), background.transport);
    outbox.send([reply('a')]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.transport).toHaveBeenCalledTimes(1);

    background.wake();
    outbox.send([reply('b')]);
    outbox.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.transport).toHaveBeenCalledTimes(1);
    expect(background.received).toEqual([]);
  });
});
