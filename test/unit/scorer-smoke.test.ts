import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../src/scorer';

describe('scoreReply', () => {
  it('flags an effusive opener and leaves a plain answer low', () => {
    const sycophantic = scoreReply({ reply: "What a great question! You're so insightful 🎉🚀" });
    const plain = scoreReply({ reply: 'The capital of France is Paris.' });
    expect(sycophantic.overall).toBeGreaterThanOrEqual(50);
    expect(plain.overall).toBeLessThan(20);
  });
});
