// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outermost, pageLabel, previousUserTurn, textOfParts } from '../../../src/sites/lib/dom';
import { lazyReading } from '../../../src/sites/lib/reading';
import { isStreaming } from '../../../src/sites/lib/streaming';
import { readableText } from '../../../src/sites/lib/text';
import { parsePage } from './helpers';

function body(html: string): HTMLElement {
  return parsePage(`<!doctype html><body>${html}</body>`).body;
}

describe('readableText', () => {
  it('keeps a list item and its paragraph on one line, and fences code without its header', () => {
    const root = body(`
      <p>Intro <strong>bold</strong> and <code>x = 1</code>.</p>
      <ul><li>
        <p>first</p>
      </li><li><p>second</p></li></ul>
      <pre><div>Python<button>Copy</button></div><code>print("hi")
  indented</code></pre>
      <blockquote><p>quoted</p></blockquote>`);
    expect(readableText(root)).toBe('Intro bold and `x = 1`.\n- first\n- second\n```\nprint("hi")\n  indented\n```\n> quoted');
  });

  it('separates table cells, including ARIA grid cells', () => {
    const root = body(`
      <table><tr><th>Country</th><th>Wage</th></tr><tr><td>Denmark</td><td>58,000</td></tr></table>
      <div role="table"><div role="row"><div role="cell">a</div><div role="cell">b</div></div></div>`);
    expect(readableText(root)).toBe('Country | Wage\nDenmark | 58,000\na | b');
  });

  it('leaves out screen-reader labels, hidden elements, buttons and MathML annotations', () => {
    const root = body(`
      <h6 class="sr-only">Copilot said</h6><span class="cdk-visually-hidden">You said</span>
      <p>Visible <span aria-hidden="true">decor</span><span hidden>gone</span><button>Copy</button></p>
      <p><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math></p>
      <div data-sycophancy-probe>badge</div>`);
    expect(readableText(root)).toBe('Visible\nx');
  });
});

describe('previousUserTurn', () => {
  const page = body(`
    <div class="turn"><div class="user">first question</div></div>
    <div class="turn"><div class="reply" id="a">first answer</div></div>
    <div class="turn"><div class="reply" id="b">a second answer with no question between</div></div>
    <div class="pair"><div class="user">second question</div><div class="reply" id="c">third answer</div></div>`);
  const user = (id: string) => previousUserTurn(page.querySelector(`#${id}`)!, '.user', '.reply')?.textContent ?? null;

  it('finds the nearest user turn before a reply, whether a sibling or in an earlier wrapper', () => {
    expect(user('a')).toBe('first question');
    expect(user('c')).toBe('second question');
  });

  it('gives none when another reply comes first', () => {
    expect(user('b')).toBeNull();
  });
});

describe('textOfParts and outermost', () => {
  const root = body(`<div class="part">one <div class="part">nested</div></div><div class="part">two</div>`);

  it('reads each outermost part once, joined by blank lines', () => {
    expect(outermost(root, '.part')).toHaveLength(2);
    expect(textOfParts(root, '.missing', '.part')).toBe('one\nnested\n\ntwo');
  });

  it('falls back to the whole element when no part matches', () => {
    expect(textOfParts(root, '.missing')).toBe('one\nnested\ntwo');
  });
});

describe('pageLabel', () => {
  it('reads the text of a control, else its aria-label', () => {
    const doc = parsePage('<button id="a"> Opus   4.1 </button><button id="b" aria-label="Smart"></button>');
    expect(pageLabel(doc, '#a')).toBe('Opus 4.1');
    expect(pageLabel(doc, '#b')).toBe('Smart');
    expect(pageLabel(doc, '#c')).toBeNull();
  });

  it('tries selectors in order of preference', () => {
    const doc = parsePage('<button id="picker"><span class="name">Sonnet 4.5</span> <span>Extended</span></button>');
    expect(pageLabel(doc, '#picker .name', '#picker')).toBe('Sonnet 4.5');
    expect(pageLabel(doc, '#picker .missing', '#picker')).toBe('Sonnet 4.5 Extended');
  });
});

describe('isStreaming', () => {
  const replies = (root: ParentNode) => [...root.querySelectorAll('.reply')];

  it('counts page-wide signals only for the newest reply', () => {
    const doc = parsePage('<div class="reply" id="old"></div><div class="reply" id="new"></div><button class="stop"></button>');
    const signals = { stopControl: '.stop' };
    expect(isStreaming(doc.querySelector('#old')!, replies, signals)).toBe(false);
    expect(isStreaming(doc.querySelector('#new')!, replies, signals)).toBe(true);
  });

  it('reads a reply without its finished marker as streaming only when it is the newest', () => {
    const doc = parsePage('<div class="reply" id="old"></div><div class="reply" id="new"></div>');
    const signals = { finished: (reply: Element) => reply.querySelector('.actions') !== null };
    expect(isStreaming(doc.querySelector('#old')!, replies, signals)).toBe(false);
    expect(isStreaming(doc.querySelector('#new')!, replies, signals)).toBe(true);
  });

  it("takes the caller's word for which reply is the newest, without querying the page", () => {
    const doc = parsePage('<div class="reply" id="old"></div><div class="reply" id="new"></div><button class="stop"></button>');
    const unasked = () => {
      throw new Error('the page was queried for its replies');
    };
    expect(isStreaming(doc.querySelector('#new')!, unasked, { stopControl: '.stop' }, true)).toBe(true);
    expect(isStreaming(doc.querySelector('#old')!, unasked, { stopControl: '.stop' }, false)).toBe(false);
    expect(isStreaming(doc.querySelector('#new')!, unasked, { stopControl: '.missing' }, true)).toBe(false);
  });

  it('sees a stop control that comes, goes and is replaced', () => {
    const doc = parsePage('<div class="reply" id="new"></div><button id="send"></button>');
    const newest = doc.querySelector('#new')!;
    const signals = { stopControl: '.stop' };
    const button = doc.querySelector('#send')!;
    expect(isStreaming(newest, replies, signals, true)).toBe(false);
    button.classList.add('stop');
    expect(isStreaming(newest, replies, signals, true)).toBe(true);
    button.classList.remove('stop');
    expect(isStreaming(newest, replies, signals, true)).toBe(false);
    button.classList.add('stop');
    button.replaceWith(doc.createElement('span'));
    expect(isStreaming(newest, replies, signals, true)).toBe(false);
    const other = doc.createElement('button');
    other.className = 'stop';
    doc.body.append(other);
    expect(isStreaming(newest, replies, signals, true)).toBe(true);
  });
});

describe('lazyReading', () => {
  it('reads each part only when first asked for, and once', () => {
    const reads: string[] = [];
    const part = <T>(name: string, value: T) => () => (reads.push(name), value);
    const reading = lazyReading({ messageId: 'm1', streaming: false, text: part('text', 'Hello'), userText: part('user', null), model: part('model', 'gpt') });
    expect(reads).toEqual([]);
    expect([reading.text, reading.text, reading.userText, reading.userText]).toEqual(['Hello', 'Hello', null, null]);
    expect(reads).toEqual(['text', 'user']);
    expect({ ...reading }).toEqual({ messageId: 'm1', streaming: false, text: 'Hello', userText: null, model: 'gpt' });
    expect(reads).toEqual(['text', 'user', 'model']);
  });
});
