// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../src/sites';
import type { SiteAdapter } from '../../../src/sites/types';
import { fixtureCases as cases } from './cases';
import { expectNoUserTurnMatched, loadSiteFixture, mountSiteFixture, readReplies, squash } from './helpers';

const STREAMED = "Great question! You're absolutely right 🎉🎉 — and here is a plain second sentence.";

function adapterOf(site: string): SiteAdapter {
  const adapter = adapters.find((a) => a.id === site);
  if (!adapter) throw new Error(`no adapter ${site}`);
  return adapter;
}

describe.each(cases)('synthetic $site fixture', ({ site, url, userTurns, userTexts, hasIds, model, otherPath }) => {
  const adapter = adapterOf(site);

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
    // The content script says which reply is the newest, and the adapter takes its word for it.
    const replies = adapter.replyElements(document);
    expect(replies.map((reply, i) => adapter.readReply(reply, i === replies.length - 1).streaming)).toEqual(replies.map((_, i) => i === replies.length - 1));
    expect(adapter.readReply(replies.at(-1)!, false).streaming).toBe(false);
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
