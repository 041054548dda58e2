// Every user-facing string goes through t(): the extension's messages.json files, bundled and read
// with the browser's placeholder rules (src/i18n, shared with the report renderers and the CLI), in
// the language chosen in the options, else the browser's UI language.
import browser from 'webextension-polyfill';
import { bundledMessages, DEFAULT_LANGUAGE, formatMessage, pluralKeyIn, shippedLanguage, substitutionList, type LocaleFile, type MessageKey, type PluralKey, type Substitutions } from './index';

export { formatMessage, LOCALES, type MessageKey, type PluralKey } from './index';

/** storage.local key of the language chosen in the options; absent means "follow the browser". */
export const LANGUAGE_KEY = 'uiLanguage';

let chosen: { code: string; messages: LocaleFile } | null = null;

/** Uses `code`'s messages from now on; null or an unknown code goes back to the browser's language. */
export function useLanguage(code: unknown): void {
  const messages = typeof code === 'string' ? bundledMessages(code) : undefined;
  chosen = messages ? { code: code as string, messages } : null;
}

/** Reads the chosen language once; call before the first t(). */
export async function initI18n(): Promise<void> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY);
  useLanguage(stored[LANGUAGE_KEY]);
}

export async function chooseLanguage(code: string | null): Promise<void> {
  if (code === null) await browser.storage.local.remove(LANGUAGE_KEY);
  else await browser.storage.local.set({ [LANGUAGE_KEY]: code });
  useLanguage(code);
}

/** Calls `listener` after another page changed the language (t() already answers in it). */
export function onLanguageChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    useLanguage(changes[LANGUAGE_KEY]?.newValue);
    listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The language picked in the options, or null when strings follow the browser. */
export function chosenLanguage(): string | null {
  return chosen?.code ?? null;
}

/** The browser's language, asked once (it cannot change while a page lives). */
let uiLanguage: string | undefined;

/** The language strings are shown in, for `lang` attributes and number formatting. */
export function currentLanguage(): string {
  return chosen?.code ?? (uiLanguage ??= browser.i18n?.getUILanguage() || 'en');
}

// Strings come from the bundled messages.json files (src/i18n), in the language chosen in the
// options or else the browser's, as browser.i18n.getMessage would pick them ("de-AT" → de, an
// unshipped language → en), without its cost: its first call in a tab fetches the extension's whole
// message catalogue through the browser process, and the content script runs in every chat tab.
let browserLocaleMessages: LocaleFile | undefined;

function shownMessages(): LocaleFile | undefined {
  return chosen?.messages ?? (browserLocaleMessages ??= bundledMessages(shippedLanguage(currentLanguage()) ?? DEFAULT_LANGUAGE));
}

export function t(key: MessageKey, substitutions?: Substitutions): string {
  const entry = shownMessages()?.[key] ?? bundledMessages(DEFAULT_LANGUAGE)?.[key];
  return entry ? formatMessage(entry, substitutionList(substitutions)) : key;
}

/**
 * The shipped locale the page's strings come from ("de" for a German browser, "en" for one in a
 * language not shipped, as the browser itself falls back): the report is rendered in it.
 */
export function shownLocale(): string {
  return shippedLanguage(currentLanguage()) ?? DEFAULT_LANGUAGE;
}

/** A number as the page's language writes it (1,234 or 1.234). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return value.toLocaleString(currentLanguage(), options);
}

/** The weekday's name in the page's language; `day` counts from Sunday = 0, as the settings do. */
export function weekdayName(day: number): string {
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(currentLanguage(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** `<base>One` or `<base>Other`, by the plural rules of the page's language (English and German need only these two). */
export function pluralKey(base: PluralKey, count: number): MessageKey {
  return pluralKeyIn(currentLanguage(), base, count);
}

/** The plural form for `count`, with the count (formatted) as $1 and `more` after it. */
export function plural(base: PluralKey, count: number, more: (string | number)[] = []): string {
  return t(pluralKey(base, count), [formatNumber(count), ...more]);
}

// Private-use characters around a substitution's index: they survive the browser's substitution.
const MARK = /\uE000(\d+)\uE001/;

/**
 * t() with parts of markup (a number in an element a test can find, a <strong>) in place of the
 * substitutions: the translation decides where each goes.
 */
export function tParts<Part>(key: MessageKey, parts: Part[]): (string | Part)[] {
  const text = t(key, parts.map((_, index) => `\uE000${index}\uE001`));
  return text
    .split(MARK)
    .map((piece, index) => (index % 2 === 1 ? parts[Number(piece)]! : piece))
    .filter((piece) => piece !== '');
}
