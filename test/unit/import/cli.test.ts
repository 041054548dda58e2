import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../../src/cli/commands/import';
import { scoreReply } from '../../../src/scorer';

const ROOT = resolve(import.meta.dirname, '../../..');
const REAL_PATH = join(ROOT, 'test/fixtures/exports/chatgpt-conversations-codeinterpreter-2023-09.json');

describe('sycophancy-probe import', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints conversations, replies scored and skip reasons', async () => {
    expect(await importCommand.run([REAL_PATH])).toBe(0);
    const printed = out.join('\n');
    expect(printed).toContain('1 conversation(s), 8 reply version(s) scored');
    expect(printed).toMatch(/skipped:\n\s+11 {2}assistant tool call/);
    expect(printed).toContain('2  system message');
  });

  it('writes one JSON line per scored reply with --out, reading a zip too', async () => {
    const zip = join(dir, 'export.zip');
    writeFileSync(zip, zipSync({ 'conversations.json': readFileSync(REAL_PATH) }));
    const file = join(dir, 'scored.jsonl');
    expect(await importCommand.run([zip, '--out', file])).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatchObject({
      site: 'chatgpt', conversation: '966da5c4-5bb7-4e4d-ab6d-a7316b96266e', message: '09904398-99b4-47ba-8e95-9ed456b4187a',
      version: 1, time: '2023-09-21T19:58:55.191Z', model: 'gpt-4-code-interpreter',
    });
    expect(lines[1]?.sycophancy).toEqual(scoreReply({ reply: lines[1]!.reply as string, user: lines[1]!.user as string, previous: lines[0]!.reply as string }));
    expect(readdirSync(dir).sort()).toEqual(['export.zip', 'scored.jsonl']);
  });

  it('exits 1 on a malformed file, says what and where, and writes no output', async () => {
    const bad = join(dir, 'conversations.json');
    writeFileSync(bad, readFileSync(REAL_PATH).subarray(0, 5000));
    const file = join(dir, 'scored.jsonl');
    expect(await importCommand.run([bad, '--out', file])).toBe(1);
    expect(err.join('\n')).toMatch(/^import: conversations\.json: the JSON ends early, after byte 5000, in conversation 1/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual(['conversations.json']);
  });

  it('exits 1 on a missing file and 2 on bad arguments', async () => {
    expect(await importCommand.run([join(dir, 'nope.json')])).toBe(1);
    expect(err.at(-1)).toMatch(/ENOENT/);
    expect(await importCommand.run([])).toBe(2);
    expect(await importCommand.run(['a.json', 'b.json'])).toBe(2);
    expect(await importCommand.run(['--bogus'])).toBe(2);
  });

  it('runs as a real process through the CLI entry point', async () => {
    const file = join(dir, 'scored.jsonl');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/index.ts', 'import', REAL_PATH, '--out', file], { cwd: ROOT });
    expect(stdout).toContain('8 reply version(s) scored');
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(8);
    const failed = await promisify(execFile)('npx', ['tsx', 'src/cli/index.ts', 'import', join(ROOT, 'package.json')], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('package.json: expected a JSON array of conversations') });
  }, 30_000);
});
