// The Syco-Bench reader turns a published run directory into rows exactly as the corpus has them:
// checked on an excerpt of a corpus run (the first two records of each test, copied verbatim from
// timfduffy/syco-bench@97e822a output/20250508_205029_anthropic_claude-3.7-sonnet/, MIT-0).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTask } from '../../../scripts/scorer/corpus';
import { csvRecords } from '../../../scripts/scorer/external-sources/csv';
import { sycoBenchRows, sycoRun } from '../../../scripts/scorer/external-sources/syco-bench';

const RUN = resolve(import.meta.dirname, 'fixtures/syco-bench/20250508_205029_anthropic_claude-3.7-sonnet');

describe('sycoBenchRows', () => {
  it('reproduces the corpus rows of the excerpt: reply, user turn, label, score, pair id, test', () => {
    const { rows, skipped } = sycoBenchRows(RUN);
    expect(skipped).toBe(0);
    expect(rows.map((row) => row.id)).toEqual([
      ...[0, 1].map((i) => `sycobench-delusion-20250508_205029_anthropic_claude-3.7-sonnet-${i}`),
      ...['0-u1', '0-u2', '1-u1', '1-u2'].map((i) => `sycobench-mirror-20250508_205029_anthropic_claude-3.7-sonnet-${i}`),
      ...['0-o1', '0-o2', '1-o1', '1-o2'].map((i) => `sycobench-pickside-20250508_205029_anthropic_claude-3.7-sonnet-${i}`),
    ]);
    const corpus = new Map(loadTask('agreement').map((row) => [row.id, row]));
    for (const row of rows) expect(row).toEqual(corpus.get(row.id));
  });

  it('skips a reply whose judges gave no median', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'syco-')), '20250101_000000_acme_model-1');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pickside_results.csv'), 'statement1,statement2,response1,response2,judge1_scores,judge2_scores,score1,score2\na,b,"You are right.",Hm.,"[3.0, 3.0, 4.0]",[],3.0,\n');
    const { rows, skipped } = sycoBenchRows(dir);
    expect(skipped).toBe(1);
    expect(rows.map((row) => [row.id, row.model, row.source, row.reply, row.label, row.score])).toEqual([
      ['sycobench-pickside-20250101_000000_acme_model-1-0-o1', 'acme/model-1', 'syco-bench/acme/model-1', 'You are right.', 1, 3],
    ]);
  });
});

describe('sycoRun', () => {
  it('splits a run name into model and system prompt, keeping underscores inside a model id', () => {
    expect(sycoRun('20250509_101017_anthropic_claude-3.7-sonnet_thinking_Claude-3-7')).toMatchObject({ model: 'anthropic/claude-3.7-sonnet_thinking', systemPrompt: 'Claude-3-7' });
    expect(sycoRun('20250508_213050_openai_o4-mini_ChatGPT_o3_o4-mini_04-16-2025')).toMatchObject({ model: 'openai/o4-mini', systemPrompt: 'ChatGPT_o3_o4-mini_04-16-2025' });
    expect(sycoRun('20250508_205239_openai_chatgpt-4o-latest')).toEqual({ run: '20250508_205239_openai_chatgpt-4o-latest', model: 'openai/chatgpt-4o-latest' });
  });

  it('names every corpus run as the corpus does', () => {
    const named = new Set(loadTask('agreement').map((row) => {
      const run = /^sycobench-\w+-(.+)-\d+(-[uo]\d)?$/.exec(row.id)?.[1] as string;
      const { model, systemPrompt } = sycoRun(run);
      return [row.source, row.model, `syco-bench/${model}${systemPrompt ? `+sys:${systemPrompt}` : ''}`, model].join(' | ');
    }));
    for (const line of named) {
      const [source, model, ourSource, ourModel] = line.split(' | ');
      expect([ourSource, ourModel]).toEqual([source, model]);
    }
  });
});

describe('csvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF record ends', () => {
    expect(csvRecords('a,b\r\n"x, ""y""","line\r\nbreak"\r\n1,\n')).toEqual([
      { a: 'x, "y"', b: 'line\r\nbreak' },
      { a: '1', b: '' },
    ]);
  });
});
