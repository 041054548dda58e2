import { readableText } from './text';

/** The element itself when it matches, else the last match inside it (null when none). */
export function lastMatchIn(el: Element, selector: string): Element | null {
  if (el.matches(selector)) return el;
  const inside = el.querySelectorAll(selector);
  return inside[inside.length - 1] ?? null;
}

/**
 * The user turn a reply answers: the nearest `user` element before the reply in document order,
 * unless another reply comes first (then this reply has no user turn of its own on the page).
 * Walks previous siblings outward from the reply, so it only touches the neighbouring turns.
 */
export function previousUserTurn(reply: Element, user: string, replies: string): Element | null {
  const top = reply.ownerDocument.body;
  for (let node: Element | null = reply; node && node !== top; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const userTurn = lastMatchIn(sibling, user);
      const otherReply = lastMatchIn(sibling, replies);
      if (userTurn && otherReply) return precedes(otherReply, userTurn) ? userTurn : null;
      if (userTurn) return userTurn;
      if (otherReply) return null;
    }
  }
  return null;
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** Matches of `selector` in `root` that are not inside another match (no text read twice). */
export function outermost(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => {
    const enclosing = el.parentElement?.closest(selector);
    return !enclosing || !root.contains(enclosing);
  });
}

/**
 * Readable text of the parts of `root` that hold the message (the first selector that matches
 * anything wins), joined by blank lines; the whole of `root` when no part matches.
 */
export function textOfParts(root: Element, ...partSelectors: string[]): string {
  for (const selector of partSelectors) {
    const parts = outermost(root, selector);
    if (parts.length > 0) return parts.map(readableText).filter(Boolean).join('\n\n');
  }
  return readableText(root);
}

/**
 * Short label of a control on the page (its text, else its aria-label), trying `selectors` in
 * order of preference: e.g. a model picker's name part before the whole picker.
 */
export function pageLabel(doc: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (!el) continue;
    const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim() || el.getAttribute('aria-label')?.trim();
    if (label) return label;
  }
  return null;
}

/** `replyElements` for a site where one selector finds every reply, in document order. */
export function selectAll(selector: string): (root: ParentNode) => Element[] {
  return (root) => [...root.querySelectorAll(selector)];
}

/** The readable text of a user turn (see textOfParts), or null when there is none on the page. */
export function userTurnText(user: Element | null, ...partSelectors: string[]): string | null {
  return user ? textOfParts(user, ...partSelectors) : null;
}
