/** Escaping for the text formats. HTML needs none here: Preact escapes every text node and attribute. */

const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
/** Runs of white space, except the no-break spaces numbers are written with ("50 %", "1 234"). */
const WHITESPACE_RUN = /[^\S\u00a0\u202f]+/g;
/** Text that would start a heading, list, quote or setext underline when it opens a line. */
const MARKDOWN_LINE_START = /^(\s*)(\d*)([#>+\-=.)])/;

/**
 * Makes untrusted text inert inside one line of Markdown: HTML-significant characters become entities,
 * emphasis/link/table characters are backslash-escaped, and line breaks fold to spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(WHITESPACE_RUN, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(MARKDOWN_LINE_START, (match, space: string, digits: string, mark: string) => (digits || !'.)'.includes(mark) ? `${space}${digits}\\${mark}` : match));
}

/** Cells starting with these run as formulas in spreadsheets (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
