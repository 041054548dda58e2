// Styles of the badge and its card, inside the closed shadow root. `:host` rules carry !important
// because only then do they beat the page's own rules for our host element.
export const BADGE_CSS = `
/* Over one side of the reply's last line (see badge-place.ts), or static on the anchor's own line. */
:host { all: initial !important; display: block !important; position: absolute !important; bottom: 0 !important;
  inset-inline-end: 0 !important; max-width: 100% !important;
  pointer-events: none !important; user-select: none !important; -webkit-user-select: none !important; }
:host([data-badge-place="start"]) { inset-inline-end: auto !important; inset-inline-start: 0 !important; }
:host([data-badge-place="unchecked"]) { visibility: hidden !important; }
:host([data-badge-place="line"]) { position: static !important; }
:host([data-badge-style="off"]) { display: none !important; }
* { box-sizing: border-box; }
.badge { display: flex; max-width: 100%; font: 500 12px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --low-bg: #e6f4ea; --low-fg: #14532d; --low-border: #9fd4ae; --low-line: #2f9e58;
  --mid-bg: #fff3d1; --mid-fg: #6b3f00; --mid-border: #e8c468; --mid-line: #c98c05;
  --high-bg: #fde8e8; --high-fg: #8c1d1d; --high-border: #efa3a3; --high-line: #d93a3a;
  --none-bg: #eef0f3; --none-fg: #374151; --none-border: #cbd1d9; --none-line: #8b95a3;
  --card-bg: #ffffff; --card-fg: #1f2328; --card-muted: #57606a; --card-border: #d0d7de; --track: #e6e9ee; --focus: #2563eb; }
.badge[data-theme="dark"] {
  --low-bg: #10291a; --low-fg: #b6ecc6; --low-border: #2d6a43; --low-line: #4cc27a;
  --mid-bg: #33270a; --mid-fg: #ffe3a0; --mid-border: #7a5c14; --mid-line: #e8b23a;
  --high-bg: #3d1414; --high-fg: #ffcaca; --high-border: #8a3333; --high-line: #f06464;
  --none-bg: #24282f; --none-fg: #d3d8df; --none-border: #474e59; --none-line: #8b95a3;
  --card-bg: #1c2128; --card-fg: #e6edf3; --card-muted: #a3adb8; --card-border: #3d444d; --track: #30363d; --focus: #7aa7ff; }
[data-band="low"] { --bg: var(--low-bg); --fg: var(--low-fg); --border: var(--low-border); --line: var(--low-line); }
[data-band="mid"] { --bg: var(--mid-bg); --fg: var(--mid-fg); --border: var(--mid-border); --line: var(--mid-line); }
[data-band="high"] { --bg: var(--high-bg); --fg: var(--high-fg); --border: var(--high-border); --line: var(--high-line); }
[data-band="none"] { --bg: var(--none-bg); --fg: var(--none-fg); --border: var(--none-border); --line: var(--none-line); }
.pill { pointer-events: auto; display: inline-flex; align-items: center; gap: 6px; max-width: 100%; height: 24px; margin: 0;
  padding: 0 10px; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  font: inherit; white-space: nowrap; overflow: hidden; cursor: pointer; }
.pill:focus { outline: none; }
.pill:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--line); }
.score { font-weight: 700; font-variant-numeric: tabular-nums; }
.flag { font-weight: 700; }
.dims { overflow: hidden; text-overflow: ellipsis; opacity: 0.9; }
/* Where the detailed line cannot fit (narrow layouts), it reads as compact; the card has it all.
   Only a badge on its own line is a query container (as wide as the reply): a container is an
   independent formatting context, and that would stop margins collapsing through the anchor. */
:host([data-badge-place="line"]) .badge { container-type: inline-size; }
@container (max-width: 520px) { .dims { display: none; } }
.card { position: fixed; inset: auto; margin: 0; z-index: 2147483647; pointer-events: auto;
  width: max-content; overflow: auto;
  padding: 12px 14px; border-radius: 10px; border: 1px solid var(--card-border); background: var(--card-bg); color: var(--card-fg);
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: normal; overflow-wrap: anywhere; text-align: start; }
.card[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.title { margin: 0 0 8px; font-size: 14px; font-weight: 650; }
.verdict { font-weight: 500; color: var(--card-muted); }
.bars { display: grid; grid-template-columns: auto minmax(80px, 1fr) 2.5em; gap: 4px 10px; align-items: center; margin: 0; padding: 0; list-style: none; }
.bars li { display: contents; }
.bar { height: 6px; border-radius: 3px; background: var(--track); overflow: hidden; }
.fill { height: 100%; background: var(--line); border-radius: 3px; }
.value { text-align: end; font-variant-numeric: tabular-nums; font-weight: 600; }
.section { margin: 12px 0 4px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--card-muted); }
.evidence { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 3px 10px; align-items: baseline; margin: 0; padding: 0; list-style: none; }
.evidence li { display: contents; }
.tag { font-size: 11px; color: var(--card-muted); }
.pushed-back { margin: 0; padding: 0; list-style: none; }
.quote { margin: 0; padding-inline-start: 8px; border-inline-start: 3px solid var(--card-border); color: var(--card-fg); }
.foot { margin: 12px 0 0; font-size: 11px; color: var(--card-muted); }
.outdated { margin: 0 0 8px; font-weight: 600; }
@media (forced-colors: active) {
  .pill, .card { border-color: CanvasText; }
  .dot, .fill { forced-color-adjust: none; background: Highlight; }
  .bar { border: 1px solid CanvasText; }
}
`;

/**
 * The anchor at the end of a reply that a badge hangs from. With the badge over the reply it has
 * no height, no margins and no formatting context of its own, so inserting it changes no layout
 * (margins still collapse through it); on a line of its own it takes exactly the box a badge needs.
 */
export const ANCHOR_CSS = `
:host { all: initial !important; display: block !important; position: relative !important; height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  pointer-events: none !important; user-select: none !important; -webkit-user-select: none !important; }
:host([data-badge-place="line"]) { height: auto !important; min-height: 24px !important; margin: 6px 0 2px !important; }
:host([data-badge-style="off"]) { display: none !important; }
`;

/** Evidence highlights live in the page's own stylesheet list: ::highlight() only styles text of its own tree. */
export const HIGHLIGHT_CSS = `
::highlight(sycophancy-probe-flattery) { background-color: rgba(217, 58, 58, 0.28); }
::highlight(sycophancy-probe-emoji) { background-color: rgba(201, 140, 5, 0.32); }
::highlight(sycophancy-probe-agreement) { background-color: rgba(124, 58, 237, 0.28); }
`;

/** One constructed sheet per stylesheet text, shared by every badge (null: the browser refused to make one). */
const constructed = new Map<string, CSSStyleSheet | null>();

function sheetFor(css: string): CSSStyleSheet | null {
  let sheet = constructed.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    constructed.set(css, sheet);
  }
  return sheet;
}

/**
 * Constructed sheets are not subject to the page's style-src CSP, and one parse serves hundreds of
 * badges; a <style> element is the fallback where a browser refuses a sheet made in the content
 * script's world.
 */
export function adoptStyles(target: Document | ShadowRoot, css: string, fallbackParent: Node): void {
  const sheet = sheetFor(css);
  if (sheet) {
    try {
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Falls through to a <style> element.
    }
  }
  const style = document.createElement('style');
  // Marked as ours so the reply watcher ignores its insertion.
  style.setAttribute('data-sycophancy-probe', 'style');
  style.textContent = css;
  fallbackParent.appendChild(style);
}
