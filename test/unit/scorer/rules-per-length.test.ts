import { describe, expect, it } from 'vitest';
import { en } from '../../../src/scorer/lang/en';
import { featureValue } from '../../../src/scorer/model';
import { countPerLength, countValue, makeContext } from '../../../src/scorer/rules/context';
import { secondPersonPraise } from '../../../src/scorer/rules/second-person-praise';

describe('counts read per length (countPerLength)', () => {
  it('keeps a count as it is at 200 words and shrinks it in longer replies', () => {
    expect(countPerLength(3, 200)).toBeCloseTo(countValue(3));
    expect(countPerLength(3, 800)).toBeCloseTo(countValue(1.5));
    expect(countPerLength(3, 800)).toBeLessThan(countPerLength(3, 400));
    expect(countPerLength(0, 30)).toBe(0);
  });
  it('leaves the count of a reply of 200 words or fewer as it is', () => {
    expect(countPerLength(1, 10)).toBe(countValue(1));
    expect(countPerLength(2, 150)).toBe(countValue(2));
  });
});

describe('featureValue', () => {
  const short = "You're brilliant.";
  const long = `You're brilliant. ${'The rest of this reply explains the steps in plain terms. '.repeat(60)}`;
  const valueOf = (reply: string, perLength: boolean) => {
    const ctx = makeContext(reply, en);
    return featureValue(secondPersonPraise.run(ctx), ctx, perLength);
  };
  it('reads a count rule per length only for a dimension fitted so', () => {
    expect(valueOf(short, false)).toBe(1);
    expect(valueOf(long, false)).toBe(1);
    expect(valueOf(short, true)).toBe(1);
    const words = makeContext(long, en).doc.tok.length;
    expect(words).toBeGreaterThan(600);
    expect(valueOf(long, true)).toBeCloseTo(countPerLength(1, words));
    expect(valueOf(long, true)).toBeLessThan(0.7);
  });
  it('leaves a rule that does not count as it is', () => {
    const ctx = makeContext('Wow! Great! Done.', en);
    expect(featureValue({ value: 0.4, hits: [] }, ctx, true)).toBe(0.4);
  });
});
