// The content script's side of "loses nothing": replies wait in the outbox until acknowledged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplyScoredAnswer, ScoredReply, ToBackground } from '../../../src/background/messages';

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
    score: { overall: 1, dimensions: { flattery: 1, emoji: 0, agreement: 0 }, evidence: [], language: 'en', version: 't' },
  };
}

const ACK: ReplyScoredAnswer = { ok: true, key: 'k', version: 1, created: true };

/** A background that is "stopped" until `wake()`: sends fail like Chrome's do while the worker restarts. */
function flakyBackground() {
  const received: string[] = [];
  let awake = false;
  const transport = vi.fn(async (message: ToBackground) => {
    if (!awake) throw new Error('Could not establish connection. Receiving end does not exist.');
    received.push(message.reply.message);
    return ACK;
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
    outbox.send(reply('a'));
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
    outbox.send(reply('a'));
    await vi.advanceTimersByTimeAsync(0);
    background.wake();
    outbox.send(reply('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(background.received.sort()).toEqual(['a', 'b']);
    expect(outbox.size).toBe(0);
  });

  it('gives up waiting for an answer that never comes, and sends again', async () => {
    let calls = 0;
    const outbox = new Outbox(() => {}, () => (++calls === 1 ? new Promise(() => {}) : Promise.resolve(ACK)));
    outbox.send(reply('a'));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(outbox.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000 + 500);
    expect(calls).toBe(2);
    expect(outbox.size).toBe(0);
  });

  it('retries a failed write the background reported, with growing delays', async () => {
    const answers: ReplyScoredAnswer[] = [{ ok: false, error: 'QuotaExceededError' }, { ok: false, error: 'QuotaExceededError' }, ACK];
    const transport = vi.fn(async () => answers.shift());
    const outbox = new Outbox(() => {}, transport);
    outbox.send(reply('a'));
    await vi.advanceTimersByTimeAsync(500);
    expect(transport).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(transport).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport).toHaveBeenCalledTimes(3);
    expect(outbox.size).toBe(0);
  });

  it('does not send a reply again while its first send is still on its way', async () => {
    let resolve: (a: ReplyScoredAnswer) => void = () => {};
    const transport = vi.fn(() => new Promise<ReplyScoredAnswer>((r) => (resolve = r)));
    const outbox = new Outbox(() => {}, transport);
    outbox.send(reply('a'));
    outbox.flush();
    expect(transport).toHaveBeenCalledTimes(1);
    resolve(ACK);
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.size).toBe(0);
  });
});
