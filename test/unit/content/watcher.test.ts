// @vitest-environment happy-dom
// The watcher's side of "loses nothing" when the background cannot score (the replies are asked
// for again, then badged and handed over for storage exactly once), and its timing around a
// reply being written: looked at in batches, scored once it has been quiet for a moment.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScoredReply } from '../../../src/background/messages';
import type { ReplyInput, SycophancyScore } from '../../../src/scorer/types';
import type { SiteAdapter } from '../../../src/sites';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getUILanguage: () => 'en' }, storage: { local: {}, onChanged: {} } } }));
// happy-dom has no IntersectionObserver: every reply counts as near the viewport.
class NearEverything {
  constructor(private report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {}
  observe(target: Element) {
    queueMicrotask(() => this.report([{ target, isIntersecting: true }]));
  }
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('IntersectionObserver', NearEverything);
const { ReplyWatcher } = await import('../../../src/content/watcher');

const adapter: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com'],
  conversationId: () => 'c1',
  replyElements: (root) => [...root.querySelectorAll('.reply')],
  readReply: (reply) => ({ messageId: reply.id, text: reply.textContent ?? '', userText: 'Is my plan good?', model: null, streaming: false }),
};

function score(overall: number): SycophancyScore {
  return { overall, dimensions: { flattery: overall, emoji: 0, agreement: 0 }, evidence: [], language: 'en', supported: true, version: 't' };
}

/** Watchers of the running test, stopped after it even when it fails (they share the document). */
const running: InstanceType<typeof ReplyWatcher>[] = [];

function started(watcher: InstanceType<typeof ReplyWatcher>): void {
  running.push(watcher);
  watcher.start();
}

afterEach(() => {
  for (const watcher of running.splice(0)) watcher.stop();
  vi.useRealTimers();
});

/**
 * A watched page whose one reply is being written until its action bar appears inside it (as on
 * DeepSeek or Open WebUI), with every read of a reply and every reply asked to be scored counted.
 */
function writingSite() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  const reads: string[] = [];
  const asked: string[] = [];
  const site: SiteAdapter = {
    ...adapter,
    readReply: (reply) => {
      reads.push(reply.id);
      return { messageId: reply.id, text: reply.querySelector('.text')?.textContent ?? '', userText: null, model: null, streaming: !reply.querySelector('.actions') };
    },
  };
  const reply = document.createElement('div');
  reply.className = 'reply';
  reply.id = 'live';
  reply.append(Object.assign(document.createElement('p'), { className: 'text' }));
  document.body.replaceChildren(reply);
  const write = (token: string) => reply.querySelector('.text')!.append(token);
  const finish = () => reply.append(Object.assign(document.createElement('div'), { className: 'actions' }));
  started(new ReplyWatcher(site, async (inputs) => inputs.map((input) => (asked.push(input.reply), score(5))), () => {}));
  return { reads, asked, write, finish };
}

describe('ReplyWatcher', () => {
  it('asks again for scores the background could not give, then badges and delivers each reply once', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div class="reply" id="r1">What a brilliant plan!</div><div class="reply" id="r2">It needs a budget.</div>';
    const asked: ReplyInput[][] = [];
    let awake = false;
    const scoreReplies = vi.fn(async (inputs: ReplyInput[]) => {
      asked.push(inputs);
      if (!awake) throw new Error('Could not establish connection. Receiving end does not exist.');
      return inputs.map((input) => score(input.reply.includes('brilliant') ? 80 : 5));
    });
    const delivered: ScoredReply[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    started(new ReplyWatcher(adapter, scoreReplies, (replies) => delivered.push(...replies)));

    // Read, settled, asked for once (both replies in one request), and refused.
    await vi.advanceTimersByTimeAsync(300);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.map((input) => input.reply)).toEqual(['What a brilliant plan!', 'It needs a budget.']);
    expect(document.querySelectorAll('[data-sycophancy-probe="badge"]')).toHaveLength(0);
    expect(delivered).toHaveLength(0);

    awake = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(document.querySelectorAll('[data-sycophancy-probe="badge"]')).toHaveLength(2);
    expect(delivered.map((r) => [r.message, r.score.overall, r.userText])).toEqual([
      ['r1', 80, 'Is my plan good?'],
      ['r2', 5, 'Is my plan good?'],
    ]);

    // Nothing more is asked or delivered once both are scored.
    const calls = scoreReplies.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(scoreReplies.mock.calls.length).toBe(calls);
    expect(delivered).toHaveLength(2);
  });

  it('asks again at least every 5 s, however long the background could not score', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div class="reply" id="r1">It needs a budget.</div>';
    let awake = false;
    const scoreReplies = vi.fn(async (inputs: ReplyInput[]) => {
      if (!awake) throw new Error('Could not establish connection. Receiving end does not exist.');
      return inputs.map(() => score(5));
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    started(new ReplyWatcher(adapter, scoreReplies, () => {}));

    // Refusals for 35 s: the waits between asks have doubled as far as they go.
    await vi.advanceTimersByTimeAsync(35_000);
    expect(scoreReplies.mock.calls.length).toBeGreaterThan(5);
    awake = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(document.querySelectorAll('[data-sycophancy-probe="badge"]')).toHaveLength(1);
  });

  it('looks at a reply being written in batches, not on every token', async () => {
    const { reads, write } = writingSite();
    await vi.advanceTimersByTimeAsync(100);
    reads.length = 0;

    // A token every 20 ms for a second: 50 changes, each of which would once have been a read.
    for (let token = 0; token < 50; token++) {
      write(`word${token} `);
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(reads.length).toBeLessThanOrEqual(11);
  });

  it('scores a finished reply once it has been quiet for 100 ms, counted from its last change', async () => {
    const { asked, write, finish } = writingSite();
    for (const token of ['Plain ', 'words ', 'here.']) {
      write(token);
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(asked).toEqual([]); // still being written, however long it pauses

    finish();
    await vi.advanceTimersByTimeAsync(90);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(30);
    expect(asked).toEqual(['Plain words here.']);
    expect(document.querySelectorAll('[data-sycophancy-probe="badge"]')).toHaveLength(1);
  });
});
