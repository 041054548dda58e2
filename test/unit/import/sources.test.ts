// Every way the bytes can arrive (bytes, Blob, web stream, Node-style chunks, zip) gives the same result.
import { readFileSync } from 'node:fs';
import { Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importExport, type ExportSource, type ImportProgress } from '../../../src/import';
import { bytesOf, chatgptConversation, claudeConversation, inChunks } from './builders';

const REAL = new Uint8Array(readFileSync(new URL('../../fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json', import.meta.url)));

/** A zip written as a stream (data descriptors after each entry), like many zip tools do. */
function streamedZip(entries: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

describe('export sources', async () => {
  const expected = await importExport(REAL);

  it.each<[string, () => ExportSource]>([
    ['an ArrayBuffer', () => REAL.slice().buffer],
    ['a Blob (a File in the browser)', () => new Blob([REAL])],
    ['a web ReadableStream', () => new Blob([REAL]).stream()],
    ['7-byte chunks (every token and UTF-8 boundary split)', () => inChunks(REAL, 7)],
    ['the export zip', () => zipSync({ 'conversations.json': REAL, 'user.json': bytesOf({}), 'chat.html': new TextEncoder().encode('<html/>') })],
    ['a streamed zip with data descriptors and a folder', () => streamedZip({ 'export/chat.html': new Uint8Array(10), 'export/conversations.json': REAL })],
    ['a zip in 1000-byte chunks', () => inChunks(zipSync({ 'conversations.json': REAL }), 1000)],
  ])('reads %s', async (_, source) => {
    expect(await importExport(source())).toEqual(expected);
  });

  it('keeps multi-byte text intact across chunk boundaries', async () => {
    const reply = 'Да, конечно! 当然です 🎉 — ça marche.';
    const bytes = bytesOf([claudeConversation([{ uuid: 'h', sender: 'human', text: '¿Sí?' }, { uuid: 'a', sender: 'assistant', text: reply }])]);
    for (const size of [1, 2, 3, 5]) {
      const { replies } = await importExport(inChunks(bytes, size));
      expect(replies.map((r) => [r.user, r.reply])).toEqual([['¿Sí?', reply]]);
    }
  });

  it('skips a UTF-8 byte-order mark', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...REAL]);
    expect(await importExport(withBom)).toEqual(expected);
  });

  it('reports progress up to the whole file', async () => {
    const seen: ImportProgress[] = [];
    const bytes = bytesOf([chatgptConversation([{ id: 'r', parent: null }]), ...JSON.parse(new TextDecoder().decode(REAL))]);
    await importExport(bytes, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, conversations: 2, replies: 8 });
    expect(seen.map((p) => p.conversations)).toEqual([...seen.map((p) => p.conversations)].sort((a, b) => a - b));
  });

  it('stops when cancelled, with the signal reason and nothing returned', async () => {
    const controller = new AbortController();
    const many = bytesOf(Array.from({ length: 50 }, (_, i) => chatgptConversation([{ id: 'r', parent: null }], { id: `c${i}`, conversation_id: `c${i}` })));
    const run = importExport(many, { signal: controller.signal, onProgress: (p) => p.conversations === 3 && controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });

    const already = AbortSignal.abort();
    await expect(importExport(REAL, { signal: already })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
