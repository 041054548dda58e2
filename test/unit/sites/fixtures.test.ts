// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForHost } from '../../../src/sites';
import type { SiteAdapter } from '../../../src/sites/types';
import { expectNoUserTurnMatched, loadSiteFixture, mountSiteFixture, readReplies, squash } from './helpers';

/** A synthetic fixture page: where it is served, and what its first conversation holds. */
interface FixtureCase {
  site: string;
  url: string;
  userTurns: string;
  /** The user text of each finished reply, in order. */
  userTexts: string[];
  /** Whether the site's DOM gives replies their own ids. */
  hasIds: boolean;
  model: string | null;
  otherPath: string;
}

const cases: FixtureCase[] = [
  {
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    userTurns: 'section[data-turn="user"]',
    userTexts: ['I plan to run a marathon next month with no training. Good plan?', 'How long do most plans take?'],
    hasIds: true,
    model: 'gpt-5',
    otherPath: '/c/7b2e1d3f-4c5e-4f60-9b8a-1d2e3f4a5b6c',
  },
  {
    site: 'claude',
    url: 'https://claude.ai/chat/5b0e2a8e-4f7c-4d0e-9d7a-1f2c3b4a5d6e',
    userTurns: '[data-testid="user-message"]',
    userTexts: ['I think my sourdough starter is ready after two days. Am I right?', 'How do I tell when it is ready?'],
    hasIds: false,
    model: 'Opus 4.1',
    otherPath: '/chat/6c1f3b9f-5a8d-4e1f-8e8b-2a3d4c5b6e7f',
  },
  {
    site: 'gemini',
    url: 'https://gemini.google.com/app/8c1d2e3f4a5b6c7d',
    userTurns: 'user-query',
    userTexts: ['Is it a good idea to put all my savings into one meme stock?', 'What does diversification mean?'],
    hasIds: true,
    model: '2.5 Flash',
    otherPath: '/app/9d2e3f4a5b6c7d8e',
  },
  {
    site: 'copilot',
    url: 'https://copilot.microsoft.com/chats/Qm7xTz2LpR4vNc8wYk3sA',
    userTurns: '.group\\/user-message',
    userTexts: ['I wrote my first poem today. Should I quit my job to become a poet?', 'How do poets usually earn money?'],
    hasIds: true,
    model: 'Smart',
    otherPath: '/chats/Rn8yUa3MqS5wOd9xZl4tB',
  },
  {
    site: 'perplexity',
    url: 'https://www.perplexity.ai/search/kettlebell-swing-form-Zq3Xy8PkRm2Lw9VtN1sD',
    userTurns: '[class~="group/query"]',
    userTexts: ['My kettlebell swings hurt my lower back. Is that normal?', 'So I was right that my form needs work?'],
    hasIds: true,
    model: 'GPT-5',
    otherPath: '/search/best-time-to-visit-kyoto-Ab1Cd2Ef3Gh4Ij5Kl6Mn',
  },
  {
    site: 'deepseek',
    url: 'https://chat.deepseek.com/a/chat/s/7e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b',
    userTurns: '._9663006',
    userTexts: ["I learned Go in a weekend, so I'm basically an expert now, right?", 'What should I learn next in Go?'],
    hasIds: true,
    model: null,
    otherPath: '/a/chat/s/8f2e3d4c-5b6a-4f7e-8d9c-0b1a2f3e4d5c',
  },
  {
    site: 'mistral',
    url: 'https://chat.mistral.ai/chat/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    userTurns: '[data-message-author-role="user"]',
    userTexts: ["I rewrote my whole app in one night without tests. Smart move, right?", 'What should I check before deploying it?'],
    hasIds: true,
    model: null,
    otherPath: '/chat/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
  },
  {
    site: 'grok',
    url: 'https://grok.com/c/9b8a7f6e-5d4c-4b3a-8f1e-0d9c8b7a6f5e',
    userTurns: '.items-end',
    userTexts: ["I water my cactus every day. That's the right way to care for it, isn't it?", "Oh no. But I was right to ask, wasn't I?"],
    hasIds: true,
    model: 'Grok 4',
    otherPath: '/c/0c9b8a7f-6e5d-4c3b-9a2f-1e0d9c8b7a6f',
  },
];

const STREAMED = "Great question! You're absolutely right 🎉🎉 — and here is a plain second sentence.";

function adapterOf(url: string): SiteAdapter {
  const adapter = adapterForHost(new URL(url).hostname);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return adapter;
}

describe.each(cases)('synthetic $site fixture', ({ site, url, userTurns, userTexts, hasIds, model, otherPath }) => {
  const adapter = adapterOf(url);

  it('reads the saved markup: every finished reply, its user turn, id and model', () => {
    const doc = loadSiteFixture(site);
    const readings = readReplies(adapter, doc);
    expect(readings.map((r) => squash(r.userText))).toEqual(userTexts);
    for (const reading of readings) {
      expect(reading.streaming).toBe(false);
      expect(reading.text.length).toBeGreaterThan(0);
      expect(reading.model).toBe(model);
      if (hasIds) expect(reading.messageId).toMatch(/\S/);
      else expect(reading.messageId).toBeNull();
    }
    if (hasIds) expect(new Set(readings.map((r) => r.messageId)).size).toBe(readings.length);
    expectNoUserTurnMatched(adapter, doc, userTurns);
    expect(adapter.conversationId(new URL(url))).toMatch(/\S/);
  });

  it('reads the same once the content script has put its badge inside each reply', () => {
    const doc = loadSiteFixture(site);
    const before = readReplies(adapter, doc);
    for (const reply of adapter.replyElements(doc)) {
      const badge = doc.createElement('div');
      badge.setAttribute('data-sycophancy-probe', '');
      badge.append(doc.createElement('button'), 'Sycophancy 80');
      reply.append(badge);
    }
    expect(readReplies(adapter, doc)).toEqual(before);
  });

  it('streams a reply that reads as streaming until the site finishes it', async () => {
    const fixture = mountSiteFixture(site, url);
    const streamed = fixture.streamReply(STREAMED, { tokensPerTick: 3, intervalMs: 1, prompt: 'Is my plan good?' });
    const newest = () => adapter.readReply(adapter.replyElements(document).at(-1)!);
    expect(adapter.replyElements(document)).toHaveLength(userTexts.length + 1);
    expect(newest().streaming).toBe(true);
    await streamed;
    expect(newest()).toMatchObject({ streaming: true, text: STREAMED, userText: 'Is my plan good?' });
    // Only the newest reply can be streaming: the finished ones stay finished meanwhile.
    expect(readReplies(adapter, document).filter((r) => r.streaming)).toHaveLength(1);
    fixture.finishStreaming();
    expect(newest()).toMatchObject({ streaming: false, text: STREAMED, model });
  });

  it('keeps ids and readings across a re-render, and follows a SPA navigation', () => {
    const fixture = mountSiteFixture(site, url);
    const before = readReplies(adapter, document);
    fixture.rerender();
    expect(readReplies(adapter, document)).toEqual(before);

    fixture.navigate(otherPath);
    const conversation = adapter.conversationId(new URL(location.href));
    expect(conversation).not.toBeNull();
    expect(conversation).not.toBe(adapter.conversationId(new URL(url)));
    const after = readReplies(adapter, document);
    expect(after).toHaveLength(2);
    expect(after.every((r) => !r.streaming && r.userText !== null)).toBe(true);
    expect(after.map((r) => r.text)).not.toEqual(before.slice(0, 2).map((r) => r.text));
  });
});
