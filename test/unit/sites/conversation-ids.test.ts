import { describe, expect, it } from 'vitest';
import { adapterForHost, contentScriptMatches } from '../../../src/sites';

const cases: [url: string, id: string | null][] = [
  ['https://chatgpt.com/c/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b', '6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'],
  ['https://chatgpt.com/g/g-abc123-helper/c/6a1f0c2e-3b4d', '6a1f0c2e-3b4d'],
  ['https://chatgpt.com/', null],
  ['https://claude.ai/chat/5b0e2a8e-4f7c-4d0e-9d7a-1f2c3b4a5d6e', '5b0e2a8e-4f7c-4d0e-9d7a-1f2c3b4a5d6e'],
  ['https://claude.ai/new', null],
  ['https://gemini.google.com/app/8c1d2e3f4a5b6c7d', '8c1d2e3f4a5b6c7d'],
  ['https://gemini.google.com/u/1/app/8c1d2e3f4a5b6c7d?hl=en', '8c1d2e3f4a5b6c7d'],
  ['https://gemini.google.com/gem/coding-partner/8c1d2e3f4a5b6c7d', '8c1d2e3f4a5b6c7d'],
  ['https://gemini.google.com/app', null],
  ['https://copilot.microsoft.com/chats/Qm7xTz2LpR4vNc8wYk3sA', 'Qm7xTz2LpR4vNc8wYk3sA'],
  ['https://www.copilot.com/chats/Qm7xTz2LpR4vNc8wYk3sA', 'Qm7xTz2LpR4vNc8wYk3sA'],
  ['https://www.perplexity.ai/search/kettlebell-swing-form-Zq3Xy8PkRm2Lw9VtN1sD', 'kettlebell-swing-form-Zq3Xy8PkRm2Lw9VtN1sD'],
  ['https://www.perplexity.ai/', null],
  ['https://chat.deepseek.com/a/chat/s/7e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b', '7e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b'],
  ['https://chat.deepseek.com/', null],
  ['https://chat.mistral.ai/chat/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'],
  ['https://grok.com/c/9b8a7f6e-5d4c-4b3a-8f1e-0d9c8b7a6f5e', '9b8a7f6e-5d4c-4b3a-8f1e-0d9c8b7a6f5e'],
  ['https://grok.com/chat/9b8a7f6e', '9b8a7f6e'],
  ['https://grok.com/', null],
];

describe('conversation ids from URLs', () => {
  it.each(cases)('%s → %s', (url, id) => {
    const parsed = new URL(url);
    expect(adapterForHost(parsed.hostname)?.conversationId(parsed)).toBe(id);
  });
});

describe('content-script matches', () => {
  it('cover every supported host', () => {
    expect(contentScriptMatches()).toEqual(
      expect.arrayContaining([
        'https://claude.ai/*',
        'https://gemini.google.com/*',
        'https://copilot.microsoft.com/*',
        'https://www.copilot.com/*',
        'https://www.perplexity.ai/*',
        'https://chat.deepseek.com/*',
        'https://chat.mistral.ai/*',
        'https://grok.com/*',
      ]),
    );
  });
});
