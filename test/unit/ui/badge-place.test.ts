// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { choosePlacement, coversContent, createAnchor, placeAnchor, reserveAnchor, unwatchAll } from '../../../src/content/badge-place';

// happy-dom lays nothing out: boxes are given by hand, per element and per text node (its lines).
const boxes = new Map<Node, DOMRect[]>();
const rect = (x: number, y: number, width: number, height: number) => new DOMRect(x, y, width, height);
Element.prototype.getBoundingClientRect = function (this: Element) {
  return boxes.get(this)?.[0] ?? rect(0, 0, 0, 0);
};
Range.prototype.getClientRects = function (this: Range) {
  return (boxes.get(this.startContainer) ?? []) as unknown as DOMRectList;
};

function el(tag: string, box: DOMRect | null, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const child of children) {
    if (typeof child !== 'string') node.append(child);
  }
  if (box) boxes.set(node, [box]);
  return node;
}

/** A text node drawn as the given lines. */
function text(value: string, ...lines: DOMRect[]): Text {
  const node = document.createTextNode(value);
  boxes.set(node, lines);
  return node;
}

afterEach(() => {
  unwatchAll();
  document.body.replaceChildren();
  boxes.clear();
});

describe('anchors', () => {
  it('a reply being written gets one held line, and its badge lands in exactly that element', () => {
    const reply = el('div', null);
    document.body.append(reply);
    reserveAnchor(reply);
    reserveAnchor(reply);
    const held = reply.querySelectorAll('[data-sycophancy-probe="pending"]');
    expect(held).toHaveLength(1);
    expect(held[0]!.getAttribute('data-badge-place')).toBe('line');
    expect(held[0]!.getAttribute('aria-hidden')).toBe('true');

    const host = document.createElement('div');
    const own = createAnchor('unchecked');
    const used = placeAnchor(reply, own, host);
    expect(used).toBe(held[0]);
    expect(used.getAttribute('data-sycophancy-probe')).toBe('anchor');
    expect(used.hasAttribute('aria-hidden')).toBe(false);
    expect(host.parentElement).toBe(used);
    expect(host.getAttribute('data-badge-place')).toBe('line');
    expect(own.isConnected).toBe(false);
    expect([...reply.children]).toEqual([used]);
  });

  it('a finished reply gets a zero-height anchor at its end, the badge unshown until its place is checked; a re-rendered reply starts over', () => {
    const first = el('div', null, el('p', null));
    const second = el('div', null, el('p', null));
    document.body.append(first, second);
    const host = document.createElement('div');
    let anchor = placeAnchor(first, createAnchor('unchecked'), host);
    expect(first.lastElementChild).toBe(anchor);
    expect(anchor.getAttribute('data-badge-place')).toBe('unchecked');
    expect(host.getAttribute('data-badge-place')).toBe('unchecked');

    anchor.setAttribute('data-badge-place', 'line');
    host.setAttribute('data-badge-place', 'line');
    // Attached again to the same reply (settings changed): the placement it found stays.
    expect(placeAnchor(first, anchor, host).getAttribute('data-badge-place')).toBe('line');
    anchor = placeAnchor(second, anchor, host);
    expect(second.lastElementChild).toBe(anchor);
    expect(first.querySelector('[data-sycophancy-probe]')).toBeNull();
    expect(anchor.getAttribute('data-badge-place')).toBe('unchecked');
  });
});

describe('coversContent', () => {
  // A reply from y 0 to 100, 600 wide; the badge would sit at its inline end, over y 76–100.
  const area = rect(400, 76, 200, 24);

  it('is free where the last line ends before the badge and the buttons are on the start side', () => {
    const reply = el(
      'div',
      rect(0, 0, 600, 100),
      el('p', rect(0, 0, 600, 70), text('A long first line and a short last one.', rect(0, 0, 590, 20), rect(0, 24, 200, 20))),
      el('div', rect(0, 76, 600, 24), el('button', rect(0, 76, 50, 24)), el('button', rect(54, 76, 50, 24))),
    );
    document.body.append(reply);
    expect(coversContent(reply, area)).toBe(false);
  });

  it('is taken by a line of text or a control under the badge, at any depth', () => {
    const lastLine = el('div', rect(0, 0, 600, 100), el('div', rect(0, 60, 600, 40), el('p', rect(0, 60, 600, 40), text('words', rect(0, 78, 560, 20)))));
    const button = el('div', rect(0, 0, 600, 100), el('div', rect(0, 76, 600, 24), el('span', rect(560, 76, 40, 24), el('svg', rect(570, 80, 16, 16)))));
    const link = el('div', rect(0, 0, 600, 100), el('a', rect(500, 80, 60, 18)));
    document.body.append(lastLine, button, link);
    expect(coversContent(lastLine, area)).toBe(true);
    expect(coversContent(button, area)).toBe(true);
    expect(coversContent(link, area)).toBe(true);
  });

  it('looks inside boxless wrappers, but not at screen-reader-only text, white space or our own elements', () => {
    const contents = el('div', null, el('p', rect(0, 60, 600, 40), text('under the badge', rect(380, 80, 100, 20))));
    const hidden = el('span', rect(590, 90, 1, 1), text('ChatGPT said:', rect(590, 90, 90, 20)));
    hidden.className = 'sr-only';
    const ours = el('div', rect(400, 76, 200, 24), text('Sycophancy 12', rect(410, 78, 100, 20)));
    ours.setAttribute('data-sycophancy-probe', 'anchor');
    const boxless = el('div', rect(0, 0, 600, 100), contents);
    const clear = el('div', rect(0, 0, 600, 100), hidden, ours, el('p', rect(0, 76, 600, 24), text('   ', rect(0, 76, 600, 20))));
    document.body.append(boxless, clear);
    expect(coversContent(boxless, area)).toBe(true);
    expect(coversContent(clear, area)).toBe(false);
  });

  it('is taken when the reply is shorter than the badge (it would reach into the turn above)', () => {
    const short = el('div', rect(0, 90, 600, 10));
    document.body.append(short);
    expect(coversContent(short, area)).toBe(true);
  });
});

describe('choosePlacement', () => {
  // The anchor spans the reply's 600 px at y 100, where its content ends; the badge is 200 × 24.
  const anchor = rect(0, 100, 600, 0);
  const badge = rect(400, 76, 200, 24);
  const replyEndingIn = (...row: HTMLElement[]) => {
    const reply = el('div', rect(0, 0, 600, 100), el('p', rect(0, 0, 600, 70), text('An answer.', rect(0, 0, 100, 20))), el('div', rect(0, 76, 600, 24), ...row));
    document.body.append(reply);
    return reply;
  };

  it('prefers the inline end, then the start, then a line of its own', () => {
    expect(choosePlacement(replyEndingIn(el('button', rect(0, 76, 80, 24))), anchor, badge, false)).toBe('end');
    expect(choosePlacement(replyEndingIn(el('button', rect(520, 76, 80, 24))), anchor, badge, false)).toBe('start');
    expect(choosePlacement(replyEndingIn(el('button', rect(0, 76, 80, 24)), el('button', rect(520, 76, 80, 24))), anchor, badge, false)).toBe('line');
  });

  it('reads the sides from right to left on a right-to-left page', () => {
    expect(choosePlacement(replyEndingIn(el('button', rect(520, 76, 80, 24))), anchor, badge, true)).toBe('end');
    expect(choosePlacement(replyEndingIn(el('button', rect(0, 76, 80, 24))), anchor, badge, true)).toBe('start');
  });
});
