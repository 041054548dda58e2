import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replyKey } from '../../../src/db/record';
import { importRecords, scoreImported, sha256Hex, toReplyRecord, type ImportedReply } from '../../../src/import';
import { scoreReply } from '../../../src/scorer';
import { bytesOf, chatgptConversation } from './builders';

const REAL = readFileSync(new URL('../../fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json', import.meta.url));

const reply: ImportedReply = {
  site: 'chatgpt', conversation: 'c', message: 'm', version: 2, source: 'm2', time: 1_700_000_000_000, model: 'gpt-4o',
  user: 'Is this right?', previous: 'No.', reply: "What a great question! You're absolutely right 🎉", url: 'https://chatgpt.com/c/c',
};

describe('scored rows from an import', () => {
  it('scores a reply with its user turn and previous reply, like the scorer itself', () => {
    expect(scoreImported(reply)).toEqual(scoreReply({ reply: reply.reply, user: reply.user, previous: reply.previous }));
  });

  it('makes a ReplyRecord with the shared key, origin "import" and text only when asked', () => {
    const score = scoreImported(reply);
    const record = toReplyRecord(reply, score);
    expect(record).toMatchObject({
      key: 'chatgpt|c|m|2', site: 'chatgpt', conversation: 'c', message: 'm', version: 2, time: reply.time, model: 'gpt-4o',
      overall: score.overall, flattery: score.dimensions.flattery, emoji: score.dimensions.emoji, agreement: score.dimensions.agreement,
      capitulation: score.capitulation ?? false, language: score.language, evidence: score.evidence, scorerVersion: score.version, url: reply.url, origin: 'import',
    });
    expect(record.key).toBe(replyKey(record));
    expect(record).not.toHaveProperty('text');
    expect(toReplyRecord(reply, score, { keepText: true })).toMatchObject({ text: reply.reply, userText: reply.user });
  });

  it('is idempotent: the same file twice gives the same rows and keys, all distinct', async () => {
    const first = await importRecords(REAL);
    const second = await importRecords(new Uint8Array(REAL));
    expect(second).toEqual(first);
    const keys = first.records.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe('chatgpt|966da5c4-5bb7-4e4d-ab6d-a7316b96266e|09904398-99b4-47ba-8e95-9ed456b4187a|1');
    const withText = (await importRecords(REAL, { keepText: true })).records[0]!;
    expect(withText.contentHash).toBe(await sha256Hex(withText.text!));
    expect(withText.key).toBe(keys[0]);
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keeps earlier keys when a later export adds a regeneration', async () => {
    const nodes = [
      { id: 'root', parent: null },
      { id: 'u1', parent: 'root', role: 'user' as const, text: 'Q' },
      { id: 'a1', parent: 'u1', role: 'assistant' as const, text: 'first' },
    ];
    const before = await importRecords(bytesOf([chatgptConversation(nodes)]));
    const after = await importRecords(bytesOf([chatgptConversation([...nodes, { id: 'a1b', parent: 'u1', role: 'assistant', text: 'again' }])]));
    expect(after.records.map((r) => r.key)).toEqual([...before.records.map((r) => r.key), 'chatgpt|conv-1|a1|2']);
  });
});
