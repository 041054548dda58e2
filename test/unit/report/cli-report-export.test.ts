import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { report } from '../../../src/cli/commands/report';
import { inputKind } from '../../../src/cli/report-input';
import { importRecords } from '../../../src/import';
import { claudeConversation } from '../import/builders';

const ROOT = resolve(import.meta.dirname, '../../..');
const CHATGPT = resolve(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json');
// The fixture's conversation ran on 21–22 Sep 2023 (UTC): ISO week 38.
const WEEK = ['--week', '2023-W38', '--zone', 'UTC'];
const bytes = (text: string) => new TextEncoder().encode(text);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'report-export-'));
}

async function jsonReport(input: string, args: string[] = WEEK): Promise<{ code: number; model: Record<string, any>; errors: string }> {
  const out = join(tempDir(), 'week.json');
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  const code = await report.run([input, ...args, '--out', out]);
  return { code, model: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {}, errors: errors.join('\n') };
}

describe('report input kind', () => {
  it('tells an export (zip or JSON array) from JSON Lines by its first bytes', () => {
    expect(inputKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('export');
    expect(inputKind(bytes('\uFEFF\n  [\n  {"title"'))).toBe('export');
    expect(inputKind(bytes('{"sycophancy":{}}\n{"sycophancy":{}}'))).toBe('jsonl');
    expect(inputKind(bytes(''))).toBe('jsonl');
  });
});

describe('sycophancy-probe report <data export>', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports a genuine ChatGPT conversations.json, scoring every reply as import would', async () => {
    const { records } = await importRecords(readFileSync(CHATGPT));
    const { code, model, errors } = await jsonReport(CHATGPT);
    expect(code).toBe(0);
    expect(errors).toContain(`read ${CHATGPT}: 1 conversation, ${records.length} replies scored with the current scorer`);
    expect(model.period.id).toBe('2023-W38');
    expect(model.totals.scored + model.totals.unsupported).toBe(records.length);
    expect(model.bySite.map((b: { key: string }) => b.key)).toEqual(['chatgpt']);
    expect(model.byModel[0].key).toBe('gpt-4-code-interpreter');
    // Reply text is kept, so the report can quote the worst replies.
    expect(model.topReplies[0].text).toEqual(expect.any(String));
  });

  it('reads the same export inside a zip, with the same figures', async () => {
    const zip = join(tempDir(), 'chatgpt-export.zip');
    writeFileSync(zip, zipSync({ 'conversations.json': readFileSync(CHATGPT), 'user.json': bytes('{}') }));
    const [fromZip, fromJson] = [await jsonReport(zip), await jsonReport(CHATGPT)];
    expect(fromZip.code).toBe(0);
    expect(fromZip.model.totals).toEqual(fromJson.model.totals);
  });

  it('reads a Claude export', async () => {
    const file = join(tempDir(), 'conversations.json');
    const conversation = claudeConversation([
      { uuid: 'u1', sender: 'human', text: 'I think my plan is great. Is it?' },
      { uuid: 'a1', sender: 'assistant', text: "What a brilliant plan! You're absolutely right, it is amazing! 🎉🚀✨", parent: 'u1' },
    ]);
    writeFileSync(file, JSON.stringify([conversation], null, 2));
    const { code, model } = await jsonReport(file, ['--from', '2025-03-01', '--to', '2025-03-01', '--zone', 'UTC']);
    expect(code).toBe(0);
    expect(model.totals.scored).toBe(1);
    expect(model.bySite[0].key).toBe('claude');
  });

  it('says what is wrong with a malformed export and writes nothing', async () => {
    const file = join(tempDir(), 'conversations.json');
    writeFileSync(file, '[{"id": "x", "title": "neither"}]');
    const { code, model, errors } = await jsonReport(file);
    expect(code).toBe(1);
    expect(errors).toMatch(/^report: .*neither a ChatGPT conversation/);
    expect(model).toEqual({});
  });

  it('says so when the file does not exist', async () => {
    const { code, errors } = await jsonReport(join(tempDir(), 'missing.json'));
    expect(code).toBe(1);
    expect(errors).toContain('ENOENT');
  });
});
