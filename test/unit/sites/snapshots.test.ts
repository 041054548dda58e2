// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForHost } from '../../../src/sites';
import type { SiteAdapter } from '../../../src/sites/types';
import { snapshotCases as cases } from './cases';
import { expectNoUserTurnMatched, loadSnapshot, readReplies, squash } from './helpers';

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
    for (const { host, site } of cases) expect(adapterFor(host).id).toBe(site);
    const ids = new Set(cases.map(({ site }) => site));
    expect([...ids].sort()).toEqual(['chatgpt', 'claude', 'copilot', 'deepseek', 'gemini', 'grok', 'mistral', 'perplexity']);
    expect(adapterFor('www.copilot.com').id).toBe('copilot');
  });
});
