// Chat sites have their own light/dark switch that often ignores the OS preference, so the badge
// follows what the page actually paints behind the reply.
export type Theme = 'light' | 'dark';

let canvas: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as [r, g, b, alpha 0–1]; modern pages compute to oklch() or color(), not only rgb(). */
function rgba(color: string): [number, number, number, number] | null {
  const plain = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)$/.exec(color);
  if (plain) {
    const alpha = plain[4] === undefined ? 1 : plain[4].endsWith('%') ? parseFloat(plain[4]) / 100 : Number(plain[4]);
    return [Number(plain[1]), Number(plain[2]), Number(plain[3]), alpha];
  }
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return null;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function isDark([r, g, b]: [number, number, number, number]): boolean {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18;
}

/**
 * Theme of every element already walked: replies share their ancestors, so a page full of badges
 * reads each ancestor's computed style once. Forgotten whenever the page may have switched theme.
 */
let known = new WeakMap<Element, Theme>();

export function forgetThemes(): void {
  known = new WeakMap();
}

/**
 * The first mostly opaque background from `element` up decides; with none, the page's
 * `color-scheme` picks the canvas colour, and only a page that allows both defers to the OS.
 */
export function themeAround(element: Element): Theme {
  const visited: Element[] = [];
  let theme: Theme | undefined;
  for (let el: Element | null = element; el && !theme; el = el.parentElement) {
    theme = known.get(el);
    if (theme) break;
    visited.push(el);
    const background = rgba(getComputedStyle(el).backgroundColor);
    if (background && background[3] >= 0.5) theme = isDark(background) ? 'dark' : 'light';
  }
  theme ??= schemeTheme();
  for (const el of visited) known.set(el, theme);
  return theme;
}

function schemeTheme(): Theme {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const allowsDark = scheme.includes('dark');
  if (allowsDark && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches)) return 'dark';
  return 'light';
}

/** Calls `changed` when the page may have switched theme: the OS preference or the root's class/style/theme attributes. */
export function watchPageTheme(changed: () => void): () => void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', changed);
  const observer = new MutationObserver(changed);
  const attributeFilter = ['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode'];
  observer.observe(document.documentElement, { attributes: true, attributeFilter });
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter });
  return () => {
    media.removeEventListener('change', changed);
    observer.disconnect();
  };
}
