/**
 * Turns a rendered reply back into the markdown-like text the scorer expects: block elements end
 * lines, list items get "- ", code blocks are fenced and inline code is back-ticked (the scorer
 * never scores code), and screen-reader-only labels ("ChatGPT said:") are left out.
 * Uses textContent-style traversal rather than innerText, which would force a layout.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'svg']);

function isHidden(el: Element): boolean {
  return el.classList.contains('sr-only') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-sycophancy-probe');
}

export function readableText(root: Element): string {
  const out: string[] = [];
  const newline = () => {
    if (out.length > 0 && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
  };
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      out.push(inPre ? value : value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP.has(tag) || isHidden(el)) return;
    if (tag === 'PRE') {
      newline();
      out.push('```\n', (el.textContent ?? '').replace(/\n$/, ''), '\n```\n');
      return;
    }
    if (tag === 'CODE' && !inPre) {
      out.push('`', el.textContent ?? '', '`');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    if (tag === 'LI') out.push('- ');
    if (tag === 'BLOCKQUOTE') out.push('> ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (block) newline();
  };
  walk(root, false);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
