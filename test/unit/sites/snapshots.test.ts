// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForHost } from '../../../src/sites';
import type { SiteAdapter } from '../../../src/sites/types';
import { expectNoUserTurnMatched, loadSnapshot, readReplies, squash } from './helpers';

/** What one saved real page holds, reply by reply. */
interface SnapshotCase {
  file: string;
  host: string;
  /** Selector for the page's user turns, written for the test (not the adapter's own). */
  userTurns: string | null;
  replies: { messageId: string | null; userText: string | null; textStart: string; model: string | null }[];
}

const cases: SnapshotCase[] = [
  {
    file: 'chatgpt-dom-2question-ans-pairs.html',
    host: 'chatgpt.com',
    userTurns: 'section[data-turn="user"]',
    replies: [
      { messageId: '7072f83f-0c74-4e80-b181-f2ca282867f5', userText: 'what model/version of chatgpt are you?', textStart: 'You’re talking to ChatGPT based on GPT-5.3', model: 'gpt-5-3' },
      { messageId: '840d2408-7e96-4af0-97c3-2717ae2a0df9', userText: 'can you do search online in real time?', textStart: 'Yes — I can search the web in real time when needed 👍', model: 'gpt-5-3' },
    ],
  },
  {
    file: 'chatgpt-dom-1question-ans-pair--with-python-code-response.html',
    host: 'chatgpt.com',
    userTurns: 'section[data-turn="user"]',
    replies: [
      { messageId: '7768f80d-704b-480d-b5a9-04b0bb268b2e', userText: 'show a simple python hello world', textStart: 'Here’s a simple Python “Hello, World!” example: ``` print("Hello, World!") ```', model: 'gpt-5-3' },
    ],
  },
  {
    file: 'claude-codeblock-larger-dom.html',
    host: 'claude.ai',
    userTurns: null, // the fragment holds the reply alone
    replies: [{ messageId: null, userText: null, textStart: 'Absolutely! Running open source coding AI models in a homelab', model: null }],
  },
  {
    file: 'claude-full-2pairs.html',
    host: 'claude.ai',
    userTurns: '[data-testid="user-message"]',
    replies: [
      { messageId: null, userText: 'hey', textStart: 'Hi Tochi! How can I help you today?', model: 'Sonnet 4.5' },
      { messageId: null, userText: 'hii', textStart: "Hey! What's on your mind?", model: 'Sonnet 4.5' },
    ],
  },
  {
    file: 'copilot-dom-2question-ans-pairs.html',
    host: 'copilot.microsoft.com',
    userTurns: '.group\\/user-message',
    replies: [
      { messageId: '2yp9JesX5upgUDm1YT9U9', userText: 'what version of copilot are you?', textStart: 'I’m Microsoft Copilot — the latest version', model: 'Smart' },
      { messageId: 'VANKJrxiD1JRdg35dn3bk', userText: 'can you show sample python hello world?', textStart: 'Here’s the simplest Python “Hello, World!” program:', model: 'Smart' },
    ],
  },
  {
    file: 'gemini-dom.html',
    host: 'gemini.google.com',
    userTurns: 'user-query',
    replies: [
      { messageId: 'r_a90a6a0004767ad3', userText: "i'm inspecting the gemini chat page for creating an export tool, can you give me a short response only", textStart: 'Extracting chat content from the Gemini page', model: null },
      { messageId: 'r_9ca6094d970016a5', userText: 'one more response, a short one, so I can inspect the html dom', textStart: "Open your browser's developer tools", model: null },
      { messageId: 'r_23eafd8a4cb4f161', userText: 'then last , one more short response.. thanks', textStart: 'Got it. Look specifically for `div` elements', model: null },
    ],
  },
  {
    file: 'grok-dom-2question-ans-pairs.html',
    host: 'grok.com',
    userTurns: '.items-end',
    replies: [
      { messageId: 'b696073a-89e4-407e-ba92-e5ab1a8cefd5', userText: 'what version of grok are you?', textStart: "I'm Grok 4. 😄", model: null },
      { messageId: '8eb9b53e-8f4f-40b5-94d3-6019ab93ac3f', userText: 'can you do search in real-time?', textStart: 'Yes, I can do real-time searches.', model: null },
    ],
  },
  {
    file: 'perplexity-3pairs.html',
    host: 'www.perplexity.ai',
    userTurns: '[class*="group/query"]',
    replies: [
      { messageId: 'markdown-content-0', userText: 'erplexityのhtml構造をテストするための質問です。「はい」とだけ答えて。', textStart: 'はい。', model: null },
      { messageId: 'markdown-content-1', userText: '次は「いいえ」だけ答えて', textStart: 'いいえ。', model: null },
      { messageId: 'markdown-content-2', userText: 'LaTeX 形式でいくつか数式を表示して', textStart: 'いくつか代表的な数式を LaTeX 形式で書きます。', model: null },
    ],
  },
  {
    file: 'deepseek-1pair.html',
    host: 'chat.deepseek.com',
    userTurns: '[data-virtual-list-item-key="1"]',
    replies: [
      { messageId: '2', userText: 'Please write a short response that includes: 1. A paragraph containing **bold text**', textStart: 'I recently realized that curiosity can spark remarkable discoveries', model: null },
    ],
  },
  {
    file: 'mistral-lechat-1pair.html',
    host: 'chat.mistral.ai',
    userTurns: '[data-message-author-role="user"]',
    replies: [
      { messageId: 'e08fe1b6-9087-4355-87a0-a1c653c8aa4a', userText: 'Please write a short response that includes: 1. A paragraph containing **bold text**', textStart: 'Here you go: This is a bold statement with italic emphasis', model: null },
    ],
  },
];

function adapterFor(host: string): SiteAdapter {
  const adapter = adapterForHost(host);
  if (!adapter) throw new Error(`no adapter for ${host}`);
  return adapter;
}

describe.each(cases)('real snapshot of $host ($file)', ({ file, host, userTurns, replies }) => {
  const adapter = adapterFor(host);
  const doc = loadSnapshot(file);
  const readings = readReplies(adapter, doc);

  it('finds exactly the assistant replies it holds, all finished', () => {
    expect(readings).toHaveLength(replies.length);
    for (const reading of readings) expect(reading.streaming).toBe(false);
  });

  it('reads each reply: id, model, its text and the user turn it answers', () => {
    readings.forEach((reading, i) => {
      const expected = replies[i]!;
      expect(reading.messageId).toBe(expected.messageId);
      expect(reading.model).toBe(expected.model);
      expect(squash(reading.text)?.startsWith(expected.textStart)).toBe(true);
      if (expected.userText === null) expect(reading.userText).toBeNull();
      else expect(squash(reading.userText)?.startsWith(expected.userText)).toBe(true);
    });
  });

  it.runIf(userTurns !== null)('never anchors on a user turn', () => {
    expectNoUserTurnMatched(adapter, doc, userTurns!);
  });
});

describe('the site registry', () => {
  it('serves every snapshot host with its own adapter', () => {
    const ids = new Set(cases.map(({ host }) => adapterFor(host).id));
    expect([...ids].sort()).toEqual(['chatgpt', 'claude', 'copilot', 'deepseek', 'gemini', 'grok', 'mistral', 'perplexity']);
    expect(adapterFor('www.copilot.com').id).toBe('copilot');
  });
});
