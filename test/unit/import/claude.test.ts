import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/import';
import { bytesOf, claudeConversation } from './builders';

describe('Claude import', () => {
  it('pairs replies with the human turn and previous reply, with real times, model and url', async () => {
    const { replies, summary } = await importExport(
      bytesOf([
        claudeConversation(
          [
            { uuid: 'h1', sender: 'human', text: 'Review my essay' },
            { uuid: 'a1', sender: 'assistant', text: 'The second paragraph is weak.' },
            { uuid: 'h2', sender: 'human', text: 'I disagree.' },
            { uuid: 'a2', sender: 'assistant', text: 'You are right, it is great.' },
          ],
          { model: 'claude-sonnet-4' },
        ),
      ]),
    );
    expect(summary).toMatchObject({ conversations: 1, replies: 2, skipped: {} });
    expect(replies.map((r) => [r.message, r.version, r.user, r.previous, r.previousMessage, r.reply])).toEqual([
      ['a1', 1, 'Review my essay', undefined, undefined, 'The second paragraph is weak.'],
      ['a2', 1, 'I disagree.', 'The second paragraph is weak.', 'a1', 'You are right, it is great.'],
    ]);
    expect(replies[1]).toMatchObject({ site: 'claude', conversation: 'claude-1', model: 'claude-sonnet-4', time: Date.UTC(2025, 2, 1, 10, 3), url: 'https://claude.ai/chat/claude-1' });
    expect(replies[1]?.shown).toBeUndefined();
  });

  it('reads text blocks, leaves thinking and tool blocks out and counts them', async () => {
    const { replies, summary } = await importExport(
      bytesOf([
        claudeConversation([
          { uuid: 'h1', sender: 'human', content: [{ type: 'text', text: 'Weather?' }] },
          {
            uuid: 'a1',
            sender: 'assistant',
            text: 'stale flat text',
            content: [
              { type: 'thinking', thinking: 'hmm' },
              { type: 'text', text: 'Let me check.' },
              { type: 'tool_use', id: 't', name: 'web_search', input: {} },
              { type: 'tool_result', tool_use_id: 't', content: [], is_error: false },
              { type: 'text', text: 'It is sunny.' },
            ],
          },
        ]),
      ]),
    );
    expect(replies.map((r) => [r.user, r.reply])).toEqual([['Weather?', 'Let me check.\n\nIt is sunny.']]);
    expect(summary.skipped).toEqual({ 'thinking block': 1, 'tool use block': 1, 'tool result block': 1 });
  });

  it('falls back to the flat text of older exports that have no content blocks', async () => {
    const { replies } = await importExport(bytesOf([claudeConversation([{ uuid: 'h1', sender: 'human', text: 'Bonjour' }, { uuid: 'a1', sender: 'assistant', text: 'Bonjour ! Ça va ?' }])]));
    expect(replies.map((r) => [r.user, r.reply, r.model])).toEqual([['Bonjour', 'Bonjour ! Ça va ?', null]]);
  });

  it('keeps regenerations (same parent, or back to back) as versions of one slot', async () => {
    const withParents = await importExport(
      bytesOf([
        claudeConversation([
          { uuid: 'h1', sender: 'human', text: 'Q' },
          { uuid: 'a1', sender: 'assistant', text: 'try 1', parent: 'h1' },
          { uuid: 'h2', sender: 'human', text: 'Q2', parent: 'a1' },
          { uuid: 'a1b', sender: 'assistant', text: 'try 2', parent: 'h1' },
        ]),
      ]),
    );
    expect(withParents.replies.map((r) => [r.message, r.version, r.source, r.user])).toEqual([
      ['a1', 1, 'a1', 'Q'],
      ['a1', 2, 'a1b', 'Q'],
    ]);
    const backToBack = await importExport(
      bytesOf([claudeConversation([{ uuid: 'h1', sender: 'human', text: 'Q' }, { uuid: 'a1', sender: 'assistant', text: 'try 1' }, { uuid: 'a1b', sender: 'assistant', text: 'try 2' }])]),
    );
    expect(backToBack.replies.map((r) => [r.message, r.version, r.previous])).toEqual([
      ['a1', 1, undefined],
      ['a1', 2, undefined],
    ]);
  });

  it('skips empty assistant messages and unknown senders, counts empty conversations, borrows missing times', async () => {
    const { replies, summary } = await importExport(
      bytesOf([
        claudeConversation([
          { uuid: 'h1', sender: 'human', text: 'Q', time: '2025-01-02T03:04:05Z' },
          { uuid: 'a0', sender: 'assistant', text: '' },
          { uuid: 's1', sender: 'system', text: 'note' },
          { uuid: 'a1', sender: 'assistant', text: 'A', time: null },
        ]),
        claudeConversation([], { uuid: 'empty' }),
      ]),
    );
    expect(replies.map((r) => [r.message, r.time])).toEqual([['a1', Date.UTC(2025, 2, 1, 10, 2)]]);
    expect(summary).toMatchObject({
      conversations: 2,
      skipped: { 'empty assistant message': 1, 'message with sender "system"': 1, 'conversation with no messages': 1 },
    });
  });
});
