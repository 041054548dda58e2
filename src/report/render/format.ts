// Language-free helpers of the renderers; words, numbers and dates are in text.ts.

/** How much of the user's turn a reply card quotes. */
export const USER_TEXT_MAX = 200;

/** "W47" — a trend axis label for an ISO week. */
export function shortWeek(isoWeek: string): string {
  return isoWeek.slice(5);
}
