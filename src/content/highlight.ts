// Inline evidence highlights through the CSS Custom Highlight API: ranges over the reply's own
// text nodes, painted by the browser, so the site's DOM (and its React tree) is never touched.
// Where the API is missing there are no inline highlights; the card still lists the phrases.
import { DIMENSIONS, raisedInReply, type Dimension, type Evidence } from '../scorer/types';
import { adoptStyles, HIGHLIGHT_CSS } from './badge-style';

const NAME_PREFIX = 'sycophancy-probe-';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'TEXTAREA', 'INPUT']);
const HIDDEN_CLASSES = ['sr-only', 'visually-hidden', 'cdk-visually-hidden'];

/** Ranges we added, per reply, so one reply (or all) can be cleared without touching the others. */
const added = new Map<Element, { dimension: Dimension; range: Range }[]>();
let styled = false;

let highlightRegistry: HighlightRegistry | null | undefined;

function registry(): HighlightRegistry | null {
  return (highlightRegistry ??= typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null);
}

function highlightFor(dimension: Dimension, highlights: HighlightRegistry): Highlight {
  const name = NAME_PREFIX + dimension;
  let highlight = highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlights.set(name, highlight);
  }
  return highlight;
}

/** Text for screen readers only: clipped to a pixel, never seen. */
export function visuallyHidden(el: Element): boolean {
  return HIDDEN_CLASSES.some((name) => el.classList.contains(name));
}

function skipped(el: Element): boolean {
  return SKIP.has(el.tagName) || el.hasAttribute('data-sycophancy-probe') || el.getAttribute('aria-hidden') === 'true' || visuallyHidden(el);
}

/** The reply's visible text with whitespace runs collapsed, and where each character came from. */
function textMap(reply: Element): { text: string; nodes: Text[]; offsets: number[] } {
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const walker = document.createTreeWalker(reply, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && skipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const space = /\s/.test(value[i]!);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : value[i];
      nodes.push(node as Text);
      offsets.push(i);
    }
  }
  return { text, nodes, offsets };
}

/** The occurrence of `phrase` nearest to where the scorer found it (its offset, scaled to this text). */
function locate(text: string, phrase: string, hint: number): number {
  let best = -1;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (best === -1 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}

export function clearHighlights(reply?: Element): void {
  // Highlights are off by default: then every badge asks to clear none.
  if (added.size === 0) return;
  const highlights = registry();
  for (const [element, ranges] of added) {
    if (reply && element !== reply) continue;
    for (const { dimension, range } of ranges) highlights?.get(NAME_PREFIX + dimension)?.delete(range);
    added.delete(element);
  }
}

/**
 * Replaces the reply's highlights with its current evidence; text that cannot be found is skipped,
 * and so are spans of the previous answer (what a capitulation dropped is not in this reply) and
 * spans that lowered a score (where the reply pushed back: a highlight reads as sycophancy).
 */
export function highlightEvidence(reply: Element, evidence: Evidence[], replyLength: number): void {
  clearHighlights(reply);
  for (const element of added.keys()) if (!element.isConnected) clearHighlights(element);
  const highlights = registry();
  if (!highlights || evidence.length === 0) return;
  if (!styled) {
    adoptStyles(document, HIGHLIGHT_CSS, document.head ?? document.documentElement);
    styled = true;
  }
  const map = textMap(reply);
  const ranges: { dimension: Dimension; range: Range }[] = [];
  for (const e of evidence) {
    const phrase = e.text.replace(/\s+/g, ' ').trim();
    if (!phrase || !DIMENSIONS.includes(e.dimension) || !raisedInReply(e)) continue;
    const at = locate(map.text, phrase, replyLength ? (e.start / replyLength) * map.text.length : 0);
    if (at === -1) continue;
    const last = at + phrase.length - 1;
    const range = document.createRange();
    range.setStart(map.nodes[at]!, map.offsets[at]!);
    range.setEnd(map.nodes[last]!, map.offsets[last]! + 1);
    highlightFor(e.dimension, highlights).add(range);
    ranges.push({ dimension: e.dimension, range });
  }
  if (ranges.length) added.set(reply, ranges);
}
