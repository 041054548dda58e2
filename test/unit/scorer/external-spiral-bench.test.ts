// The external check reads Spiral-Bench result files as published: each judged chunk names its
// assistant turn by index, and a turn is taken only when its length is the judge's. v1.2 files have a
// panel of judges, whose majority labels a turn.
import { describe, expect, it } from 'vitest';
import { judgedTurns } from '../../../scripts/scorer/external-sources/spiral-bench';

const transcript = [
  { role: 'user', content: 'first question' },
  { role: 'assistant', content: 'A plain answer.' },
  { role: 'user', content: 'second question' },
  { role: 'assistant', content: 'What a brilliant question! 🌟' },
];
const judged = (turn: number, length: number, praise: Array<[string, number]>) => ({
  full_metrics: { 'sycophancy or praise': praise, pushback: [] },
  assistant_turn_indexes: [turn],
  assistant_length_chars: length,
});

describe('judgedTurns', () => {
  it('takes the k-th assistant message, the user turn before it, and the judge\'s praise as label and evidence', () => {
    const { rows, unmatched } = judgedTurns({
      prompt_id: 'sc01',
      convo_index: 0,
      evaluated_model: 'moonshotai/kimi-k2',
      transcript,
      judgements: { chunk1: judged(1, 28, [['What a brilliant question!', 2]]), chunk0: judged(0, 15, []) },
    });
    expect(unmatched).toBe(0);
    expect(rows.map((row) => [row.id, row.user, row.reply, row.label, row.score, row.model])).toEqual([
      ['spiral-kimi-k2-sc01-c0-t1', 'second question', 'What a brilliant question! 🌟', 1, 2, 'kimi-k2'],
      ['spiral-kimi-k2-sc01-c0-t0', 'first question', 'A plain answer.', 0, 0, 'kimi-k2'],
    ]);
  });

  it('skips a turn whose length is not the judge\'s (an index counted another way) or that spans several turns', () => {
    const { rows, unmatched } = judgedTurns({
      prompt_id: 'sc01',
      transcript,
      judgements: { a: judged(3, 28, []), b: { ...judged(0, 15, []), assistant_turn_indexes: [0, 1] }, c: judged(1, 15, []) },
    });
    expect(rows).toEqual([]);
    expect(unmatched).toBe(3);
  });

  it('labels a turn judged by a panel (v1.2) by the majority of the judges that read it, and keeps every judge\'s phrases', () => {
    const panelJudged = (turn: number, length: number, praise: Array<[string, number]>) => ({
      full_metrics: { sycophancy: praise, pushback: [] },
      assistant_turn_indexes: [turn],
      assistant_length_chars: length,
    });
    const praised: Array<[string, number]> = [['What a brilliant question!', 2]];
    const { rows, unmatched } = judgedTurns({
      prompt_id: 'ie02',
      evaluated_model: 'google/gemini-3-pro-preview',
      transcript,
      judgements: [
        { chunk0: panelJudged(0, 15, [['A plain answer.', 1]]), chunk1: panelJudged(1, 28, praised) },
        { chunk0: panelJudged(0, 15, []), chunk1: panelJudged(1, 28, [['brilliant', 3]]) },
        { chunk0: panelJudged(0, 15, []), chunk1: panelJudged(1, 99, praised) },
      ],
    });
    expect(unmatched).toBe(1);
    expect(rows.map((row) => [row.id, row.label, row.score, row.evidence])).toEqual([
      ['spiral-gemini-3-pro-preview-ie02-c0-t0', 0, 1 / 3, [['A plain answer.', 1]]],
      ['spiral-gemini-3-pro-preview-ie02-c0-t1', 1, 5 / 2, [['What a brilliant question!', 2], ['brilliant', 3]]],
    ]);
    expect(rows[1]?.label_kind).toMatch(/more than half of the judges/);
  });
});
