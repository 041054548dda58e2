/**
 * Turns a rendered reply back into the markdown-like text the scorer expects: block elements end
 * lines, list items get "- ", code blocks are fenced and inline code is back-ticked (the scorer
 * never scores code), table cells are separated by " | ", and screen-reader-only labels
 * ("ChatGPT said:") and hidden elements are left out.
 * Uses textContent-style traversal rather than innerText, which would force a layout.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'SECTION', 'TABLE', 'TR', 'UL',
]);
// MathML annotations repeat a formula as TeX source next to its rendered form.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'svg', 'ANNOTATION', 'annotation']);

// Screen-reader-only labels ("ChatGPT said:", Gemini's "You said") are not part of the message.
const SCREEN_READER_ONLY = ['sr-only', 'cdk-visually-hidden', 'visually-hidden'];

function isHidden(el: Element): boolean {
  return (
    SCREEN_READER_ONLY.some((name) => el.classList.contains(name)) ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('data-sycophancy-probe')
  );
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

function isBlock(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && CELL_ROLES.has(role)) return false;
  return BLOCK.has(el.tagName) || role === 'row';
}

function isCell(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.tagName === 'TD' || el.tagName === 'TH' || (role !== null && CELL_ROLES.has(role));
}

/**
 * A code block's code without the header the site draws inside <pre> (language label, copy/run
 * buttons): its <code>, or ChatGPT's code viewer, else the whole block.
 */
function codeOf(pre: Element): string {
  const code = pre.querySelector('code, #code-block-viewer') ?? pre;
  return (code.textContent ?? '').replace(/\n$/, '');
}

export function readableText(root: Element): string {
  const out: string[] = [];
  // A block ends the current line only when the line has text, so "- " followed by a <p> stays
  // one list line and empty wrappers add no blank lines.
  let lineHasText = false;
  const newline = () => {
    if (lineHasText) out.push('\n');
    lineHasText = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      out.push(value);
      if (value.trim()) lineHasText = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP.has(tag) || isHidden(el)) return;
    if (tag === 'PRE') {
      newline();
      out.push('```\n', codeOf(el), '\n```\n');
      lineHasText = false;
      return;
    }
    if (tag === 'CODE') {
      out.push('`', el.textContent ?? '', '`');
      lineHasText = true;
      return;
    }
    const block = isBlock(el);
    if (block) newline();
    if (tag === 'LI') out.push('- ');
    if (tag === 'BLOCKQUOTE') out.push('> ');
    // Table cells would otherwise run together ("CountryMedian wage").
    if (isCell(el) && el.previousElementSibling) out.push(' | ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  walk(root);
  let inFence = false;
  return out
    .join('')
    .split('\n')
    .map((line) => {
      if (line.trim() === '```') {
        inFence = !inFence;
        return '```';
      }
      // Inline elements leave runs of spaces ("-  item", "cell  | "); code keeps its own.
      return inFence ? line : line.replace(/ {2,}/g, ' ').trim();
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
