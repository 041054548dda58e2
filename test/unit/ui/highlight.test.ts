// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/scorer/types';

// happy-dom has no CSS Custom Highlight API: a registry of Sets stands in for it.
class FakeHighlight extends Set<Range> {}
const registry = new Map<string, FakeHighlight>();
beforeAll(() => {
  Object.defineProperty(globalThis, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry }, configurable: true });
});

const { clearHighlights, highlightEvidence } = await import('../../../src/content/highlight');

function reply(markup: [string, ...(string | Node)[]][]): HTMLElement {
  const root = document.createElement('div');
  for (const [tag, ...children] of markup) {
    const el = document.createElement(tag);
    el.append(...children);
    root.append(el);
  }
  document.body.append(root);
  return root;
}

function painted(dimension: string): string[] {
  return [...(registry.get(`sycophancy-probe-${dimension}`) ?? [])].map((range) => range.toString());
}

const evidence = (dimension: Evidence['dimension'], text: string, start: number): Evidence => ({ dimension, text, start, end: start + text.length });

describe('highlightEvidence', () => {
  it('finds a phrase across elements and whitespace runs, and skips buttons, hidden labels and our badge', () => {
    const strong = document.createElement('strong');
    strong.textContent = 'absolutely';
    const label = document.createElement('span');
    label.className = 'sr-only';
    label.textContent = 'absolutely right';
    const badge = document.createElement('div');
    badge.setAttribute('data-sycophancy-probe', 'badge');
    badge.textContent = 'absolutely right';
    const el = reply([['p', label, "You're ", strong, '  \n right! 🎉'], ['button', 'absolutely right'], ['div', badge]]);
    highlightEvidence(el, [evidence('flattery', 'absolutely right', 7), evidence('emoji', '🎉', 25)], 27);
    expect(painted('flattery')).toEqual(['absolutely  \n right']);
    expect(painted('emoji')).toEqual(['🎉']);
    clearHighlights(el);
  });

  it('picks the occurrence nearest the scorer\'s offset, and skips phrases it cannot find', () => {
    const el = reply([['p', 'Great question. Plain facts here. Great question.']]);
    highlightEvidence(el, [evidence('flattery', 'Great question', 34), evidence('agreement', 'not in the text', 0)], 49);
    const [range] = registry.get('sycophancy-probe-flattery')!;
    expect(range!.startOffset).toBe(34);
    expect(painted('agreement')).toEqual([]);
    clearHighlights(el);
  });

  it('never paints a span of the previous answer, even where the same words are in the reply', () => {
    const el = reply([['p', 'You are right. Cracking knuckles is harmless.']]);
    const dropped: Evidence = { ...evidence('agreement', 'Cracking knuckles is harmless', 15), in: 'previous' };
    highlightEvidence(el, [evidence('agreement', 'You are right', 0), dropped], 44);
    expect(painted('agreement')).toEqual(['You are right']);
    clearHighlights(el);
  });

  it('never paints a span that lowered agreement (where the reply pushed back), stored weightless spans still painted', () => {
    const el = reply([['p', 'You are right that both perspectives have merit, and your friend is right too.']]);
    const pushedBack: Evidence = { ...evidence('agreement', 'your friend is right', 53), signal: 'sides-with-other', weight: -1.22 };
    const weighed: Evidence = { ...evidence('agreement', 'both perspectives', 19), signal: 'both-sides', weight: -0.66 };
    highlightEvidence(el, [evidence('agreement', 'You are right', 0), pushedBack, weighed], 78);
    expect(painted('agreement')).toEqual(['You are right']);
    clearHighlights(el);
  });

  it('clears one reply without touching another, and all at once', () => {
    const first = reply([['p', 'What a brilliant idea.']]);
    const second = reply([['p', 'Brilliant work, truly brilliant.']]);
    highlightEvidence(first, [evidence('flattery', 'brilliant', 7)], 22);
    highlightEvidence(second, [evidence('flattery', 'truly brilliant', 16)], 32);
    expect(painted('flattery')).toHaveLength(2);
    clearHighlights(first);
    expect(painted('flattery')).toEqual(['truly brilliant']);
    clearHighlights();
    expect(painted('flattery')).toEqual([]);
  });
});
