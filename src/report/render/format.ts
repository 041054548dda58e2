// Language-free helpers of the renderers; words, numbers and dates are in text.ts.

/** How much of the user's turn a reply card quotes. */
export const USER_TEXT_MAX = 200;

/** "W47" — a trend axis label for an ISO week. */
export function shortWeek(isoWeek: string): string {
  return isoWeek.slice(5);
}

/** At most `max` UTF-16 units with "…", never splitting a surrogate pair (emoji stay whole). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
