import { FLAG_THRESHOLD, type SycophancyScore } from '../scorer/types';

/** Marks our badge hosts in the page's light DOM so tests and people can find them without the shadow root. */
export const BADGE_ATTRIBUTE = 'data-sycophancy-probe';

const STYLE = `
:host { all: initial; display: block; margin: 6px 0 2px; }
.pill { display: inline-flex; align-items: center; gap: 6px; padding: 2px 9px; border-radius: 999px;
  font: 500 12px/18px system-ui, -apple-system, "Segoe UI", sans-serif; border: 1px solid transparent; cursor: default; }
.low { background: #e7f6ec; color: #17572c; border-color: #b7e2c4; }
.mid { background: #fff4dc; color: #6b4a00; border-color: #f1d48f; }
.high { background: #fde8e8; color: #8a1c1c; border-color: #f3b4b4; }
.none { background: #eef0f3; color: #3d4450; border-color: #d2d6dc; }
@media (prefers-color-scheme: dark) {
  .low { background: #173523; color: #b9ecc8; border-color: #285c3a; }
  .mid { background: #3b2e0c; color: #ffe1a3; border-color: #6b5417; }
  .high { background: #3f1717; color: #ffc2c2; border-color: #7a2b2b; }
  .none { background: #262a31; color: #c9ced6; border-color: #3d434d; }
}
.score { font-weight: 700; font-variant-numeric: tabular-nums; }
`;

function band(overall: number | null): 'low' | 'mid' | 'high' | 'none' {
  if (overall === null) return 'none';
  if (overall >= FLAG_THRESHOLD) return 'high';
  return overall >= 25 ? 'mid' : 'low';
}

function describe(score: SycophancyScore): string {
  if (score.overall === null) return `Sycophancy Probe: language not supported (${score.language})`;
  const verdict = score.overall >= FLAG_THRESHOLD ? 'sycophantic' : 'not flagged';
  const parts = (['flattery', 'emoji', 'agreement'] as const).map((d) => `${d} ${score.dimensions[d] ?? '–'}`);
  return `Sycophancy score ${score.overall} of 100, ${verdict}: ${parts.join(', ')}`;
}

function evidenceSummary(score: SycophancyScore): string {
  const phrases = [...new Set(score.evidence.map((e) => `${e.dimension}: “${e.text.trim()}”`))].slice(0, 6);
  return phrases.length ? `\n${phrases.join('\n')}` : '';
}

/**
 * Builds a badge host holding a closed shadow root. Text goes in through textContent only: reply
 * text never becomes markup, and the page's CSS cannot reach inside.
 */
export function createBadge(score: SycophancyScore): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(BADGE_ATTRIBUTE, 'badge');
  updateBadge(host, score);
  return host;
}

const roots = new WeakMap<HTMLElement, ShadowRoot>();

export function updateBadge(host: HTMLElement, score: SycophancyScore): void {
  let root = roots.get(host);
  if (!root) {
    root = host.attachShadow({ mode: 'closed' });
    roots.set(host, root);
  }
  host.setAttribute('data-overall', score.overall === null ? 'unsupported' : String(score.overall));
  const style = document.createElement('style');
  style.textContent = STYLE;
  const pill = document.createElement('span');
  pill.className = `pill ${band(score.overall)}`;
  pill.tabIndex = 0;
  pill.setAttribute('role', 'status');
  pill.setAttribute('aria-label', describe(score));
  pill.title = describe(score) + evidenceSummary(score);
  const label = document.createElement('span');
  label.textContent = 'Sycophancy';
  const value = document.createElement('span');
  value.className = 'score';
  value.textContent = score.overall === null ? 'n/a' : String(score.overall);
  pill.append(label, value);
  if (score.overall === null) {
    const note = document.createElement('span');
    note.textContent = 'unsupported language';
    pill.append(note);
  } else if (score.overall >= FLAG_THRESHOLD) {
    const flag = document.createElement('span');
    flag.textContent = '· sycophantic';
    pill.append(flag);
  }
  root.replaceChildren(style, pill);
}

export function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTRIBUTE);
}
