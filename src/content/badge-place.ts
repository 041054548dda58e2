// Where a badge sits in the page. Every badge hangs from an anchor at the end of its reply: an
// empty block with no height and no margins, so putting it in the page moves nothing (a saved page
// or a reopened conversation is already on screen when its badges arrive). The badge itself is
// out of the page's flow, over free room in the reply's last line: at its inline end (most chat
// sites end a reply with a row of buttons on the start side, or with blank space), else at its
// start (a row of buttons on the end side). Where neither is free, the anchor opens a line of its
// own below the reply instead: the page moves once then, but nothing is ever covered. A reply
// still being written has that line held for it from the start (`reserveAnchor`), and its badge
// takes exactly that box when it is scored.
import { adoptStyles, ANCHOR_CSS } from './badge-style';
import { visuallyHidden } from './highlight';

/** Marks our elements in the page's light DOM (shared with the badge hosts). */
export const BADGE_ATTRIBUTE = 'data-sycophancy-probe';
/**
 * `end`, `start`: out of flow, over free room at that side of the reply's last line; `line`: a
 * line of its own in the page's flow; `unchecked`: not yet known, so not shown (a badge seen moving
 * from a first guess would count as a layout shift of the page).
 */
export const PLACE_ATTRIBUTE = 'data-badge-place';
export type Placement = 'end' | 'start' | 'line' | 'unchecked';

/** Controls and media the badge must never cover, besides text. */
const SOLID = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA', 'IMG', 'SVG', 'VIDEO', 'CANVAS', 'IFRAME', 'PRE', 'TABLE']);
const SOLID_ROLES = new Set(['button', 'link', 'menuitem', 'checkbox', 'switch', 'tab']);
/** Room kept clear around the badge when checking what it would cover. */
const CLEARANCE = 2;

/** Reply → the anchor watched in it, and back: a badge moves with its reply's re-renders. */
const anchorIn = new WeakMap<Element, HTMLElement>();
const replyOf = new WeakMap<HTMLElement, Element>();
const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(checkAll) : null;

/** An anchor for a badge (or, with `pending`, the line held for a reply still being written). */
export function createAnchor(placement: Placement, pending = false): HTMLElement {
  const anchor = document.createElement('div');
  anchor.setAttribute(BADGE_ATTRIBUTE, pending ? 'pending' : 'anchor');
  anchor.setAttribute(PLACE_ATTRIBUTE, placement);
  if (pending) anchor.setAttribute('aria-hidden', 'true');
  const root = anchor.attachShadow({ mode: 'closed' });
  adoptStyles(root, ANCHOR_CSS, root);
  root.append(document.createElement('slot'));
  return anchor;
}

/** Our element among the reply's own children (only there, not deeper: a query over a long reply would read all of it). */
function ownChild(reply: Element, value?: string): HTMLElement | null {
  // Ours is appended last, and usually still is (a streaming reply is asked on every scan).
  const last = reply.lastElementChild;
  const lastMark = last?.getAttribute(BADGE_ATTRIBUTE);
  if (last && lastMark !== null && lastMark !== undefined && (value === undefined || lastMark === value)) return last as HTMLElement;
  for (const child of reply.children) {
    const mark = child.getAttribute(BADGE_ATTRIBUTE);
    if (mark !== null && (value === undefined || mark === value)) return child as HTMLElement;
  }
  return null;
}

/** Holds a line for the badge at the end of a reply that is still being written. */
export function reserveAnchor(reply: Element): void {
  if (!ownChild(reply)) reply.append(createAnchor('line', true));
}

/**
 * Puts `anchor` (holding `host`) at the end of `reply`. A line reserved there while the reply was
 * written becomes the anchor, so the badge lands exactly in it. Returns the anchor now in use.
 */
export function placeAnchor(reply: Element, anchor: HTMLElement, host: HTMLElement): HTMLElement {
  // Already there, as on most calls (every re-read of a reply re-attaches its badge).
  if (anchor.parentNode === reply && host.parentNode === anchor) return anchor;
  const reserved = ownChild(reply, 'pending');
  if (reserved) {
    anchor.remove();
    reserved.setAttribute(BADGE_ATTRIBUTE, 'anchor');
    reserved.removeAttribute('aria-hidden');
    anchor = reserved;
    setPlacement(anchor, host, 'line');
  } else if (anchor.parentNode !== reply) {
    // A new reply element (first time, or the site re-rendered it): nothing of ours is in its
    // layout yet, so the badge may hang over it again.
    setPlacement(anchor, host, resizes ? 'unchecked' : 'end');
    reply.append(anchor);
  }
  if (host.parentNode !== anchor) anchor.append(host);
  watch(reply, anchor);
  return anchor;
}

/**
 * Checks again whether the badge still fits over its reply: the badge changed (a new score,
 * another style, shown again) while the reply kept its size, which would have asked by itself.
 */
export function recheckAnchor(anchor: HTMLElement): void {
  if (anchor.parentElement) watch(anchor.parentElement, anchor);
}

function setPlacement(anchor: HTMLElement, host: HTMLElement, placement: Placement): void {
  anchor.setAttribute(PLACE_ATTRIBUTE, placement);
  host.setAttribute(PLACE_ATTRIBUTE, placement);
}

/**
 * Checks the badge once its reply is laid out, and again whenever the reply changes size (new
 * content, a narrower window, zoom). Resize observations arrive after layout and before paint, so
 * reading boxes there costs no extra layout, and a badge is drawn only where it was found to fit.
 * Observing again asks for a fresh check.
 */
function watch(reply: Element, anchor: HTMLElement): void {
  const previous = replyOf.get(anchor);
  if (previous && previous !== reply) unwatch(previous);
  anchorIn.set(reply, anchor);
  replyOf.set(anchor, reply);
  resizes?.unobserve(reply);
  resizes?.observe(reply);
}

function unwatch(reply: Element): void {
  anchorIn.delete(reply);
  resizes?.unobserve(reply);
}

/** Stops watching every reply (badges taken off the page). */
export function unwatchAll(): void {
  resizes?.disconnect();
}

/**
 * All boxes are read before any badge moves: a move changes the layout, and a box read after it
 * would make the browser lay the page out again, once per badge.
 */
function checkAll(entries: ResizeObserverEntry[]): void {
  const moves = entries.map((entry) => nextPlacement(entry.target)).filter((move) => move !== null);
  for (const { anchor, host, placement } of moves) setPlacement(anchor, host, placement);
}

/** Where the badge hanging over `reply` should go now, or null where it is fine (or not ours to move). */
function nextPlacement(reply: Element): { anchor: HTMLElement; host: HTMLElement; placement: Placement } | null {
  const anchor = anchorIn.get(reply);
  const current = anchor?.getAttribute(PLACE_ATTRIBUTE);
  // Nothing more to check for a reply taken out of the page (reported once more, at no size) or
  // for a badge on its own line (it stays there: moving it back would move the page again).
  if (!anchor || anchor.parentNode !== reply || !reply.isConnected || current === 'line') {
    unwatch(reply);
    return null;
  }
  const host = anchor.firstElementChild as HTMLElement | null;
  if (!host) return null;
  const badge = host.getBoundingClientRect();
  if (badge.width === 0 && badge.height === 0) return null; // hidden (badge style "off")
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const placement = choosePlacement(reply, anchor.getBoundingClientRect(), badge, rtl);
  return placement === current ? null : { anchor, host, placement };
}

/**
 * The first side of the reply's last line where a badge of `badge`'s size covers nothing (the
 * inline end, then the start), else a line of its own. `anchor` is the anchor's box: as wide as
 * the reply's content, its top where the reply's content ends.
 */
export function choosePlacement(reply: Element, anchor: DOMRect, badge: DOMRect, rtl: boolean): Placement {
  const atLeft = new DOMRect(anchor.left, anchor.top - badge.height, badge.width, badge.height);
  const atRight = new DOMRect(anchor.right - badge.width, anchor.top - badge.height, badge.width, badge.height);
  if (!coversContent(reply, rtl ? atLeft : atRight)) return 'end';
  if (!coversContent(reply, rtl ? atRight : atLeft)) return 'start';
  return 'line';
}

function meets(a: DOMRect, b: DOMRect): boolean {
  return a.left - CLEARANCE < b.right && b.left < a.right + CLEARANCE && a.top - CLEARANCE < b.bottom && b.top < a.bottom + CLEARANCE;
}

/** A line of text or a control of more than a pixel (screen-reader-only text is a pixel) meets `a`. */
function overlaps(a: DOMRect, b: DOMRect): boolean {
  return b.width > 1 && b.height > 1 && meets(a, b);
}

/**
 * True when `area` would cover any of the reply's text, controls or media, or reach above the
 * reply (into the turn before it). Only the parts of the reply whose boxes meet `area` are
 * visited, so this reads a handful of boxes along the reply's last line, not the whole reply.
 */
export function coversContent(reply: Element, area: DOMRect): boolean {
  if (area.top < reply.getBoundingClientRect().top) return true;
  const range = document.createRange();
  const walker = document.createTreeWalker(reply, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return /\S/.test(node.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      const el = node as Element;
      if (el.hasAttribute(BADGE_ATTRIBUTE) || visuallyHidden(el)) return NodeFilter.FILTER_REJECT;
      const box = el.getBoundingClientRect();
      // `display: contents` and empty wrappers have no box of their own: their children still count.
      if (box.width === 0 || box.height === 0) return NodeFilter.FILTER_SKIP;
      if (!meets(area, box)) return NodeFilter.FILTER_REJECT;
      return isSolid(el) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) return true;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) if (overlaps(area, line)) return true;
  }
  return false;
}

function isSolid(el: Element): boolean {
  return SOLID.has(el.tagName.toUpperCase()) || SOLID_ROLES.has(el.getAttribute('role') ?? '');
}
