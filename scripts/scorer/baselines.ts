// The two baselines the eval and bench compare against, defined once.
import vader from 'vader-sentiment';

/** VADER compound (−1…1) mapped to 0–100, so the flag threshold 50 is compound ≥ 0. */
export function vaderScore(text: string): number {
  return (vader.SentimentIntensityAnalyzer.polarity_scores(text).compound + 1) * 50;
}

const GREAT_QUESTION = /great question/gi;
const EMOJI = /\p{Extended_Pictographic}/gu;

/** Naive rule: 25 points per emoji, 50 per "great question", capped at 100. Spans for coverage. */
export function naiveScore(text: string): { score: number; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let points = 0;
  for (const m of text.matchAll(GREAT_QUESTION)) {
    points += 50;
    spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(EMOJI)) {
    points += 25;
    spans.push([m.index, m.index + m[0].length]);
  }
  return { score: Math.min(100, points), spans };
}
