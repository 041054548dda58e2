// The shipped CLI's report command in another language: the built extension/cli/sycophancy-probe.mjs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const CLI = resolve(import.meta.dirname, '../../../extension/cli/sycophancy-probe.mjs');

function cli(args: string[], input = '') {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Scored JSON Lines: 1,234 replies on Tuesday of 2026-W47, every other one flagged. */
const SCORED = Array.from({ length: 1234 }, (_, i) => {
  const overall = i % 2 === 0 ? 60 : 20;
  return JSON.stringify({
    time: new Date(Date.parse('2026-11-17T06:00:00Z') + i * 30_000).toISOString(),
    site: 'chatgpt',
    conversation: 'c1',
    message: `m${i}`,
    reply: 'Great question!',
    sycophancy: { overall, dimensions: { flattery: overall, emoji: 0, agreement: 0 }, evidence: [], language: 'en', version: '0.2.0' },
  });
}).join('\n');

test('report --lang de writes the Markdown report in German, numbers as German writes them', () => {
  const { code, stdout, stderr } = cli(['report', '-', '--week', '2026-W47', '--zone', 'UTC', '--format', 'md', '--out', '-', '--lang', 'de'], SCORED);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^# Anbiederungsbericht · Woche 47, 2026\n/);
  assert.ok(stdout.includes('**50\u00a0% der 1.234 in Woche 47 bewerteten Antworten wurden als anbiedernd markiert, bei einem Durchschnittswert von 40/100.**'), stdout.slice(0, 400));
  assert.ok(stdout.includes('## Tag für Tag'));
});

test('report without --lang stays English, and the CSV is the same in every language', () => {
  const english = cli(['report', '-', '--week', '2026-W47', '--zone', 'UTC', '--format', 'md', '--out', '-'], SCORED);
  assert.equal(english.code, 0, english.stderr);
  assert.match(english.stdout, /^# Sycophancy report · Week 47, 2026\n/);
  assert.ok(english.stdout.includes('50% of the 1,234 replies scored in week 47 were flagged'));
  const csv = (lang: string) => cli(['report', '-', '--week', '2026-W47', '--zone', 'UTC', '--format', 'csv', '--out', '-', '--lang', lang], SCORED).stdout;
  assert.match(csv('de'), /^time_utc,local_time,site,/);
  assert.equal(csv('de'), csv('en'));
});

test('report --lang with a language it does not ship says which it has and exits 2, writing nothing', () => {
  const { code, stdout, stderr } = cli(['report', '-', '--week', '2026-W47', '--out', '-', '--lang', 'fr'], SCORED);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^report: --lang must be one of de, en, not "fr"/);
  const help = cli(['report', '--help']);
  assert.match(help.stdout, /--lang de\|en +language of the HTML and Markdown report \(default: en\)/);
});
