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
 * A chat page paints all its replies on one background, so the theme is read once (from the first
 * badge's surroundings) rather than per badge: reading computed style after each badge insertion
 * would force a style recalculation of the whole page every time. Forgotten whenever the page may
 * have switched theme.
 */
let pageTheme: Theme | undefined;

export function forgetThemes(): void {
  pageTheme = undefined;
}

/** The first mostly opaque background from `element` up decides; with none, the page's `color-scheme` does. */
export function themeAround(element: Element): Theme {
  if (pageTheme) return pageTheme;
  for (let el: Element | null = element; el && !pageTheme; el = el.parentElement) {
    const background = rgba(getComputedStyle(el).backgroundColor);
    if (background && background[3] >= 0.5) pageTheme = isDark(background) ? 'dark' : 'light';
  }
  pageTheme ??= schemeTheme();
  return pageTheme;
}

/** With no painted background, the page's `color-scheme` picks the canvas colour; only a page that allows both defers to the OS. */
function schemeTheme(): Theme {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const allowsDark = scheme.includes('dark');
  if (allowsDark && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches)) return 'dark';
  return 'light';
}

/** Where sites keep their light/dark switch: attributes of the root or the body. */
const THEME_ATTRIBUTES = new Set(['class', 'style', 'data-theme', 'data-color-scheme', 'data-mode']);

/**
 * Whether a change the page's one MutationObserver (the reply watcher's) reported may have
 * switched the page's theme.
 */
export function mayChangeTheme(record: MutationRecord): boolean {
  const { target, attributeName } = record;
  return (target === document.documentElement || target === document.body) && attributeName !== null && THEME_ATTRIBUTES.has(attributeName);
}

/** Calls `changed` when the OS switches between light and dark (pages that follow it switch too). */
export function watchColorScheme(changed: () => void): void {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed);
}
