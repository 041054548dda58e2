import { describe, expect, it } from 'vitest';
import { recordFromScoredLine } from '../../../src/report';

const score = { overall: 72, dimensions: { flattery: 80, emoji: 40, agreement: 60 }, evidence: [{ dimension: 'flattery', text: 'Great question!', start: 0, end: 15, signal: 'lexicon' }], language: 'en', version: '0.2.0', capitulation: true };

describe('recordFromScoredLine', () => {
  it('turns a scored line into a stored row', () => {
    const result = recordFromScoredLine(
      { reply: 'Great question! Yes.', user: 'Right?', site: 'claude', conversation: 'c1', message: 'm1', time: '2026-11-18T10:00:00+01:00', model: 'sonnet', url: 'https://claude.ai/chat/c1', sycophancy: score },
      1,
    );
    expect(result).toEqual({
      record: {
        key: 'claude|c1|m1|1',
        site: 'claude',
        conversation: 'c1',
        message: 'm1',
        version: 1,
        time: Date.parse('2026-11-18T09:00:00Z'),
        model: 'sonnet',
        overall: 72,
        flattery: 80,
        emoji: 40,
        agreement: 60,
        capitulation: true,
        language: 'en',
        evidence: score.evidence,
        scorerVersion: '0.2.0',
        origin: 'import',
        text: 'Great question! Yes.',
        userText: 'Right?',
        url: 'https://claude.ai/chat/c1',
      },
    });
  });

  it('keeps which text an evidence span indexes (the previous answer, for what a capitulation dropped)', () => {
    const dropped = { dimension: 'agreement', text: 'There is no evidence', start: 0, end: 20, in: 'previous', signal: 'capitulation:drops-previous', weight: 5.23 };
    const result = recordFromScoredLine({ time: '2026-11-18T10:00:00Z', sycophancy: { ...score, evidence: [...score.evidence, dropped] } }, 1);
    expect(result).toMatchObject({ record: { evidence: [score.evidence[0], dropped] } });
    expect('record' in result && 'in' in result.record.evidence[0]!).toBe(false);
  });

  it('keeps where a reply pushed back with its negative weight (a span that lowered agreement)', () => {
    const pushedBack = { dimension: 'agreement', text: 'pros and cons', start: 3, end: 16, signal: 'both-sides', weight: -0.66 };
    const result = recordFromScoredLine({ time: '2026-11-18T10:00:00Z', sycophancy: { ...score, evidence: [...score.evidence, pushedBack] } }, 1);
    expect(result).toMatchObject({ record: { evidence: [score.evidence[0], pushedBack] } });
  });

  it('fills what a bare score line lacks and keeps unsupported scores as null', () => {
    const unsupported = { overall: null, dimensions: { flattery: null, emoji: null, agreement: null }, evidence: [], language: 'ja', version: '0.2.0' };
    const result = recordFromScoredLine({ reply: 'こんにちは', time: '2026-11-18T10:00:00Z', sycophancy: unsupported }, 7);
    expect(result).toMatchObject({ record: { key: 'unknown||line-7|1', site: 'unknown', model: null, overall: null, flattery: null, capitulation: false, language: 'ja' } });
  });

  it('explains what is wrong with a line it cannot use', () => {
    const error = (value: unknown) => ('error' in recordFromScoredLine(value, 1) ? (recordFromScoredLine(value, 1) as { error: string }).error : null);
    expect(error([1, 2])).toBe('expected a JSON object');
    expect(error({ reply: 'x', time: '2026-11-18T10:00:00Z' })).toContain('no "sycophancy" object');
    expect(error({ time: '2026-11-18T10:00:00Z', sycophancy: { ...score, overall: 'high' } })).toContain('overall and dimensions');
    expect(error({ time: '2026-11-18T10:00:00Z', sycophancy: { ...score, evidence: [{ dimension: 'tone', text: 'x' }] } })).toContain('evidence');
    expect(error({ time: '2026-11-18T10:00:00Z', sycophancy: { ...score, evidence: [{ dimension: 'agreement', text: 'x', in: 'user' }] } })).toContain('"previous"');
    expect(error({ time: 'last tuesday', sycophancy: score })).toContain('"time" must be an ISO 8601 date-time');
    expect(error({ sycophancy: score })).toContain('"time"');
  });
});

describe('loadScoredLines', () => {
  it('reports bad lines by number and counts a reply seen twice once, the later line winning', async () => {
    const { loadScoredLines } = await import('../../../src/report/load-scored');
    const line = (overall: number) => JSON.stringify({ site: 'chatgpt', conversation: 'c', message: 'm', time: '2026-11-18T10:00:00Z', sycophancy: { ...score, overall } });
    async function* lines() {
      yield { line: line(10), lineNumber: 1 };
      yield { line: '{oops', lineNumber: 2 };
      yield { line: line(90), lineNumber: 4 };
    }
    const { rows, problems } = await loadScoredLines(lines());
    expect(rows.map((r) => r.overall)).toEqual([90]);
    expect(problems).toEqual([expect.stringMatching(/^line 2: not valid JSON .*; skipped$/)]);
  });
});
