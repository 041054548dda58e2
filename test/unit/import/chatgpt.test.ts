import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/import';
import { bytesOf, chatgptConversation, T0, type ChatGPTNodeSpec } from './builders';

const HEAD: ChatGPTNodeSpec[] = [
  { id: 'client-created-root', parent: null },
  { id: 'sys', parent: 'client-created-root', role: 'system', hidden: true },
];

async function walk(conversations: Record<string, unknown>[]) {
  return importExport(bytesOf(conversations));
}

describe('ChatGPT import', () => {
  it('pairs each reply with its user turn and the previous reply, with time, model and url', async () => {
    const { replies, summary } = await walk([
      chatgptConversation([
        ...HEAD,
        { id: 'u1', parent: 'sys', role: 'user', text: 'Is my plan good?' },
        { id: 'a1', parent: 'u1', role: 'assistant', text: 'It has two gaps.', model: 'gpt-4o-mini' },
        { id: 'u2', parent: 'a1', role: 'user', text: 'No, it is perfect.' },
        { id: 'a2', parent: 'u2', role: 'assistant', text: 'You are right, it is perfect.' },
      ]),
    ]);
    expect(summary).toMatchObject({ conversations: 1, replies: 2 });
    expect(replies.map((r) => [r.message, r.version, r.user, r.previous, r.reply, r.model])).toEqual([
      ['a1', 1, 'Is my plan good?', undefined, 'It has two gaps.', 'gpt-4o-mini'],
      ['a2', 1, 'No, it is perfect.', 'It has two gaps.', 'You are right, it is perfect.', 'gpt-4o'],
    ]);
    expect(replies[0]).toMatchObject({ site: 'chatgpt', conversation: 'conv-1', time: (T0 + 30) * 1000, shown: true, url: 'https://chatgpt.com/c/conv-1' });
  });

  it.each([
    ['regenerated replies (the newer one shown)', 'a1b'],
    ['side-by-side A/B variants (one parent, two assistant children; the first picked)', 'a1'],
  ])('keeps %s as versions of one slot, oldest first, and follows the shown one', async (_, shown) => {
    const { replies } = await walk([
      chatgptConversation([
        ...HEAD,
        { id: 'u1', parent: 'sys', role: 'user', text: 'Q1' },
        { id: 'a1', parent: 'u1', role: 'assistant', text: 'First try' },
        { id: 'a1b', parent: 'u1', role: 'assistant', text: 'Second try' },
        { id: 'u2', parent: shown, role: 'user', text: 'Q2' },
        { id: 'a2', parent: 'u2', role: 'assistant', text: 'Answer 2' },
      ]),
    ]);
    const shownText = shown === 'a1' ? 'First try' : 'Second try';
    expect(replies.map((r) => [r.message, r.version, r.source, r.shown, r.reply, r.previous, r.previousMessage])).toEqual([
      ['a1', 1, 'a1', shown === 'a1', 'First try', undefined, undefined],
      ['a1', 2, 'a1b', shown === 'a1b', 'Second try', undefined, undefined],
      ['a2', 1, 'a2', true, 'Answer 2', shownText, 'a1'],
    ]);
  });

  it('keeps answers to an edited prompt as versions paired with the prompt they answered, numbered by creation time', async () => {
    const { replies, summary } = await walk([
      chatgptConversation(
        [
          ...HEAD,
          { id: 'u1', parent: 'sys', role: 'user', text: 'Original prompt' },
          { id: 'a1', parent: 'u1', role: 'assistant', text: 'Answer to original' },
          { id: 'u1-later', parent: 'a1', role: 'user', text: 'A follow-up on the abandoned branch' },
          { id: 'a1-later', parent: 'u1-later', role: 'assistant', text: 'Abandoned follow-up answer' },
          { id: 'u1e', parent: 'sys', role: 'user', text: 'Edited prompt' },
          { id: 'a1e', parent: 'u1e', role: 'assistant', text: 'Answer to edit' },
          { id: 'a1r', parent: 'u1', role: 'assistant', text: 'Original regenerated after the edit' },
        ],
        { current_node: 'a1e' },
      ),
    ]);
    expect(replies.map((r) => [r.message, r.version, r.user, r.reply, r.shown])).toEqual([
      ['a1', 1, 'Original prompt', 'Answer to original', false],
      ['a1', 2, 'Edited prompt', 'Answer to edit', true],
      ['a1', 3, 'Original prompt', 'Original regenerated after the edit', false],
    ]);
    expect(summary.skipped['message off the shown branch']).toBe(2);
  });

  it('merges the messages of one turn (text around code and its output) and says what it left out', async () => {
    const { replies, summary } = await walk([
      chatgptConversation([
        ...HEAD,
        { id: 'ctx', parent: 'sys', role: 'user', contentType: 'user_editable_context', parts: undefined },
        { id: 'u1', parent: 'ctx', role: 'user', text: 'Plot it' },
        { id: 'think', parent: 'u1', role: 'assistant', contentType: 'thoughts', parts: undefined },
        { id: 'analysis', parent: 'think', role: 'assistant', text: 'The user wants a plot.', channel: 'analysis' },
        { id: 'a1', parent: 'analysis', role: 'assistant', text: 'Let me run it.' },
        { id: 'code', parent: 'a1', role: 'assistant', contentType: 'code', text: 'print(1)', recipient: 'python' },
        { id: 'out', parent: 'code', role: 'tool', contentType: 'execution_output', text: '1' },
        { id: 'a1c', parent: 'out', role: 'assistant', text: 'It printed 1.' },
        { id: 'quote', parent: 'a1c', role: 'assistant', contentType: 'tether_quote', parts: undefined },
      ]),
    ]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ message: 'a1', reply: 'Let me run it.\n\nIt printed 1.', user: 'Plot it' });
    expect(summary.skipped).toEqual({
      'system message': 1,
      'custom instructions or memory message': 1,
      'assistant reasoning message': 2,
      'assistant tool call (code, browsing, image request)': 1,
      'tool message (code output, browsing, reasoning)': 1,
      'assistant message with content type "tether_quote"': 1,
    });
  });

  it('skips empty parts:[""] stubs before the real reply, and keys the reply by the real message', async () => {
    const { replies, summary } = await walk([
      chatgptConversation([
        ...HEAD,
        { id: 'u1', parent: 'sys', role: 'user', text: 'Hi' },
        { id: 'stub', parent: 'u1', role: 'assistant', parts: [''] },
        { id: 'real', parent: 'stub', role: 'assistant', text: 'Hello!' },
      ]),
    ]);
    expect(replies.map((r) => [r.message, r.reply])).toEqual([['real', 'Hello!']]);
    expect(summary.skipped['empty assistant stub']).toBe(1);
  });

  it('takes in_progress messages as they are and notes them', async () => {
    const { replies, summary } = await walk([
      chatgptConversation([...HEAD, { id: 'u1', parent: 'sys', role: 'user', text: 'Q' }, { id: 'a1', parent: 'u1', role: 'assistant', text: 'Half an ans', status: 'in_progress' }]),
    ]);
    expect(replies.map((r) => r.reply)).toEqual(['Half an ans']);
    expect(summary.notes).toEqual({ 'assistant message with status "in_progress" taken as is': 1 });
  });

  it('gives a reply with a null time the time of an earlier message, and skips one with no time at all', async () => {
    const withEarlier = await walk([
      chatgptConversation([...HEAD, { id: 'u1', parent: 'sys', role: 'user', text: 'Q', time: T0 + 5 }, { id: 'a1', parent: 'u1', role: 'assistant', text: 'A', time: null }]),
    ]);
    expect(withEarlier.replies[0]?.time).toBe((T0 + 5) * 1000);
    expect(withEarlier.summary.notes["reply without a time given an earlier message's time"]).toBe(1);

    const timeless = await walk([
      chatgptConversation(
        [...HEAD.map((n) => ({ ...n, time: null })), { id: 'u1', parent: 'sys', role: 'user', text: 'Q', time: null }, { id: 'a1', parent: 'u1', role: 'assistant', text: 'A', time: null }],
        { create_time: null, update_time: null },
      ),
    ]);
    expect(timeless.replies).toEqual([]);
    expect(timeless.summary.skipped['reply with no time anywhere in its conversation']).toBe(1);
  });

  it('uses "id" when an older export has no conversation_id, and the newest leaf when current_node is missing', async () => {
    const { replies } = await walk([
      chatgptConversation(
        [...HEAD, { id: 'u1', parent: 'sys', role: 'user', text: 'Q' }, { id: 'a1', parent: 'u1', role: 'assistant', text: 'old' }, { id: 'a2', parent: 'u1', role: 'assistant', text: 'new' }],
        { conversation_id: undefined, id: 'legacy-id', current_node: undefined },
      ),
    ]);
    expect(replies.map((r) => [r.conversation, r.version, r.shown])).toEqual([
      ['legacy-id', 1, false],
      ['legacy-id', 2, true],
    ]);
  });

  it('reads multimodal parts (text, images, voice transcripts) and keeps non-English text exactly', async () => {
    const { replies } = await walk([
      chatgptConversation([
        ...HEAD,
        { id: 'u1', parent: 'sys', role: 'user', contentType: 'multimodal_text', parts: [{ content_type: 'image_asset_pointer', asset_pointer: 'file-service://x' }, 'Что на фото?'] },
        { id: 'a1', parent: 'u1', role: 'assistant', contentType: 'multimodal_text', parts: [{ content_type: 'audio_transcription', text: '写真には猫がいます。' }, { content_type: 'audio_asset_pointer' }] },
      ]),
    ]);
    expect(replies.map((r) => [r.user, r.reply])).toEqual([['Что на фото?', '写真には猫がいます。']]);
  });

  it('counts a conversation that has no messages', async () => {
    const { replies, summary } = await walk([chatgptConversation([{ id: 'root', parent: null }])]);
    expect(replies).toEqual([]);
    expect(summary).toMatchObject({ conversations: 1, replies: 0, skipped: { 'conversation with no messages': 1 } });
  });
});
