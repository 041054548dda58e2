import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { report } from '../../../src/cli/commands/report';
import { SCRIPT } from './hostile';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

const score = (overall: number | null) => ({ overall, dimensions: { flattery: overall, emoji: 0, agreement: 0 }, evidence: overall ? [{ dimension: 'flattery', text: 'Great question!', start: 0, end: 15 }] : [], language: overall === null ? 'ja' : 'en', version: '0.2.0' });

function inputFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
  const lines = [
    JSON.stringify({ reply: `Great question! ${SCRIPT}`, site: 'chatgpt', conversation: 'c1', message: 'm1', time: '2026-11-18T10:00:00Z', model: 'gpt-4o', sycophancy: score(80) }),
    'not json',
    JSON.stringify({ reply: 'unscored', time: '2026-11-18T10:00:00Z' }),
    JSON.stringify({ reply: 'こんにちは', site: 'chatgpt', conversation: 'c1', message: 'm2', time: '2026-11-19T10:00:00Z', sycophancy: score(null) }),
    '',
    JSON.stringify({ reply: 'Great question! Sure.', site: 'claude', conversation: 'c2', message: 'm1', time: '2026-11-12T10:00:00Z', sycophancy: score(30) }),
  ];
  const file = join(dir, 'scored.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('sycophancy-probe report', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the week as HTML from the real entry point, reporting bad lines by number', async () => {
    const input = inputFile();
    const out = join(input, '..', 'week.html');
    const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'report', input, '--week', '2026-W47', '--zone', 'UTC', '--out', out], { cwd: ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 3: no "sycophancy" object');
    expect(result.stderr).toContain(`wrote ${out}: 1 scored reply in 2026-W47, 2 line(s) skipped`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('The one reply scored in week 47 was flagged as sycophantic (score 80/100).');
    expect(html).not.toContain(SCRIPT);
  }, 30_000);

  it.each(['json', 'md', 'csv'] as const)('writes %s with the same figures', async (format) => {
    const input = inputFile();
    const out = join(input, '..', `week.${format}`);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await report.run([input, '--week', '2026-W47', '--zone', 'UTC', '--out', out])).toBe(1);
    const text = readFileSync(out, 'utf8');
    if (format === 'json') {
      const model = JSON.parse(text);
      expect(model.totals).toMatchObject({ scored: 1, unsupported: 1, averageOverall: 80 });
      expect(model.change).toEqual({ scored: 0, flaggedSharePoints: 100, averageOverall: 50 });
    } else if (format === 'csv') {
      expect(text.trimEnd().split('\r\n')).toHaveLength(3);
    } else {
      expect(text).toContain('# Sycophancy report · Week 47, 2026');
    }
  });

  it('names the file after the ISO week and takes the format from --out', async () => {
    const input = inputFile();
    const cwd = process.cwd();
    const dir = join(input, '..');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    process.chdir(dir);
    try {
      await report.run([input, '--week', '2026-W47', '--format', 'md']);
      expect(readFileSync(join(dir, 'sycophancy-report-2026-W47.md'), 'utf8')).toContain('Week 47');
      await report.run([input, '--from', '2026-11-16', '--to', '2026-11-18', '--out', 'range.json']);
      expect(JSON.parse(readFileSync(join(dir, 'range.json'), 'utf8')).period.kind).toBe('range');
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuses bad options with exit code 2 before reading anything', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    expect(await report.run(['missing.jsonl', '--week', '2026-W99'])).toBe(2);
    expect(await report.run(['missing.jsonl', '--format', 'pdf'])).toBe(2);
    expect(await report.run(['missing.jsonl', '--week', '2026-W47', '--from', '2026-11-01'])).toBe(2);
    expect(await report.run(['missing.jsonl', '--zone', 'Nowhere/Land'])).toBe(2);
    expect(await report.run([])).toBe(2);
    expect(errors.join('\n')).toMatch(/2026 has no ISO week 99[\s\S]*--format must be one of html, md, csv, json[\s\S]*either --week or --from\/--to[\s\S]*unknown time zone "Nowhere\/Land"[\s\S]*give one input file/);
  });
});
