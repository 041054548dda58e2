import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importExport, ImportError, readExport } from '../../../src/import';
import { bytesOf, chatgptConversation, claudeConversation, type ChatGPTNodeSpec } from './builders';

const REAL = readFileSync(new URL('../../fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json', import.meta.url));
const GOOD: ChatGPTNodeSpec[] = [
  { id: 'root', parent: null },
  { id: 'u1', parent: 'root', role: 'user', text: 'Q' },
  { id: 'a1', parent: 'u1', role: 'assistant', text: 'A' },
];
const text = (s: string) => new TextEncoder().encode(s);

async function failure(source: Uint8Array, name?: string): Promise<string> {
  const error = await importExport(source, { name }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
}

/** Two conversations, the second broken by `breakIt`: the good first one must not come back either. */
function withBrokenSecond(breakIt: (conversation: Record<string, unknown>) => void): Uint8Array {
  const second = chatgptConversation(GOOD, { id: 'c2', conversation_id: 'c2' });
  breakIt(second);
  return bytesOf([chatgptConversation(GOOD), second]);
}

describe('malformed or unexpected exports', () => {
  it('reports a truncated file and where it ends', async () => {
    const cut = REAL.subarray(0, Math.floor(REAL.length / 2));
    expect(await failure(cut)).toMatch(/^conversations\.json: the JSON ends early, after byte 46041, in conversation 1 \(is the file cut short\?\)$/);
  });

  it('reports invalid JSON with its byte offset and conversation', async () => {
    const message = await failure(text('[{"id":"a","mapping":{}},\n{"id": x}]'));
    expect(message).toMatch(/^conversations\.json: invalid JSON near byte \d+, in conversation 2: /);
  });

  it('says so when the top level is not an array, or the file is empty', async () => {
    expect(await failure(text('{"conversations": []}'), 'user.json')).toBe('user.json: expected a JSON array of conversations, but the file starts with an object ("{"), not an array');
    expect(await failure(text('  \n'))).toBe('conversations.json: the file is empty');
    expect(await failure(text('[1, 2] trailing'))).toMatch(/^conversations\.json: invalid JSON/);
  });

  it('names the conversation, its id and the node that has no author', async () => {
    const source = withBrokenSecond((c) => {
      const mapping = c.mapping as Record<string, { message: Record<string, unknown> }>;
      delete mapping.a1!.message.author;
    });
    expect(await failure(source)).toBe('conversations.json: conversation 2 (id c2): mapping node a1 has no message.author');
  });

  it.each([
    ['a parent missing from the mapping', (c: Record<string, unknown>) => ((c.mapping as Record<string, { parent: string }>).u1!.parent = 'ghost'), 'mapping node u1 has parent ghost, which is not in the mapping'],
    ['a current_node missing from the mapping', (c: Record<string, unknown>) => (c.current_node = 'ghost'), 'current_node ghost is not in the mapping'],
    ['a mapping that is not an object', (c: Record<string, unknown>) => (c.mapping = []), 'has no "mapping" object'],
    ['content without a content_type', (c: Record<string, unknown>) => ((c.mapping as Record<string, { message: { content: object } }>).u1!.message.content = {}), 'mapping node u1 has no message.content.content_type'],
    ['a parent cycle', (c: Record<string, unknown>) => ((c.mapping as Record<string, { parent: string }>).root!.parent = 'a1'), 'mapping has a parent cycle through node'],
  ])('rejects %s', async (_, breakIt, expected) => {
    const message = await failure(withBrokenSecond(breakIt));
    expect(message).toContain('conversations.json: conversation 2');
    expect(message).toContain(expected);
  });

  it('rejects conversations of neither format, non-objects, and Claude messages without a sender', async () => {
    expect(await failure(bytesOf([{ id: 's1', conversation_id: 'c', title: 'shared' }]))).toBe(
      'conversations.json: conversation 1 (id s1): is neither a ChatGPT conversation (no "mapping") nor a Claude conversation (no "chat_messages")',
    );
    expect(await failure(bytesOf(['not a conversation']))).toBe('conversations.json: conversation 1: expected an object, found "not a conversation"');
    const claude = claudeConversation([{ uuid: 'h1', sender: 'human', text: 'Q' }]);
    delete (claude.chat_messages as Record<string, unknown>[])[0]!.sender;
    expect(await failure(bytesOf([claude]))).toBe('conversations.json: conversation 1 (id claude-1): chat_messages[0] (uuid h1) has no "sender"');
  });

  it('rejects a zip without conversations.json, naming what it holds', async () => {
    const zip = zipSync({ 'user.json': text('{}'), 'chat.html': text('<html>') });
    expect(await failure(zip, 'export.zip')).toBe('export.zip: the zip has no conversations.json (it holds user.json, chat.html)');
  });

  it('names the zip and entry when the JSON inside is cut short', async () => {
    const zip = zipSync({ 'conversations.json': REAL.subarray(0, 1000) });
    expect(await failure(zip, 'export.zip')).toMatch(/^export\.zip › conversations\.json: the JSON ends early/);
  });

  it('reports a zip cut short or corrupted, and a file that is neither JSON nor zip', async () => {
    const zip = zipSync({ 'conversations.json': REAL });
    expect(await failure(zip.subarray(0, zip.length / 2), 'export.zip')).toBe('export.zip: conversations.json could not be unzipped (invalid zip data)');
    expect(await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'photo.png')).toBe(
      'photo.png: expected a JSON array of conversations, but the file starts with byte 0x89, which is neither JSON nor a zip',
    );
  });

  it('validates a conversation whole before yielding it', async () => {
    const seen: string[] = [];
    const run = async () => {
      for await (const conversation of readExport(withBrokenSecond((c) => (c.current_node = 'ghost')))) seen.push(conversation.id);
    };
    await expect(run()).rejects.toThrow(ImportError);
    expect(seen).toEqual(['conv-1']);
  });
});
