// The extension's messages (src/ui/public/_locales) and the browser's rules for them, without any
// browser API: the extension (through browser.ts, beside this file), the report renderers and the Node CLI all
// read the same files. Pure: no DOM, no storage.
import de from '../ui/public/_locales/de/messages.json';
import en from '../ui/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** A message in two forms, `<base>One` and `<base>Other`, picked by the count's plural category. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}One` ? (`${Base}Other` extends MessageKey ? Base : never) : never }[MessageKey];

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleFile = Record<string, LocaleMessage>;

export type Substitutions = string | number | (string | number)[];

/** Every shipped locale. A new language: its folder in _locales and one line here. */
const BUNDLED: Record<string, LocaleFile> = { de, en };

/** Locale codes shipped in _locales, e.g. ["de", "en"]. */
export const LOCALES = Object.keys(BUNDLED).sort();

export const DEFAULT_LANGUAGE = 'en';

export function bundledMessages(code: string): LocaleFile | undefined {
  return Object.hasOwn(BUNDLED, code) ? BUNDLED[code] : undefined;
}

/** The shipped locale for a language tag ("de-AT" → "de"), or null when none is shipped. */
export function shippedLanguage(tag: string): string | null {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return bundledMessages(base) ? base : null;
}

export function substitutionList(substitutions?: Substitutions): string[] {
  return (Array.isArray(substitutions) ? substitutions : substitutions === undefined ? [] : [substitutions]).map(String);
}

/** The browser's rules: $name$ stands for its placeholder's content, $1…$9 for substitutions, $$ for $. */
export function formatMessage(entry: LocaleMessage, values: string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

/** `<base>One` or `<base>Other`, by `language`'s plural rules (English and German need only these two). */
export function pluralKeyIn(language: string, base: PluralKey, count: number): MessageKey {
  return `${base}${new Intl.PluralRules(language).select(count) === 'one' ? 'One' : 'Other'}` as MessageKey;
}

/** Messages and numbers in one shipped language, English where a message is missing. */
export interface Translator {
  readonly language: string;
  t(key: MessageKey, substitutions?: Substitutions): string;
  /** The plural form for `count`, with the count (formatted) as $1 and `more` after it. */
  plural(base: PluralKey, count: number, more?: (string | number)[]): string;
  /** "1,234" or "1.234"; a percentage with `{ style: 'percent' }`: "23%" or "23 %". */
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** A translator for `language` (a shipped locale code; anything else falls back to English). */
export function translator(language: string = DEFAULT_LANGUAGE): Translator {
  const code = shippedLanguage(language) ?? DEFAULT_LANGUAGE;
  const messages = bundledMessages(code)!;
  const english = bundledMessages(DEFAULT_LANGUAGE)!;
  const numbers = new Map<string, Intl.NumberFormat>();
  const self: Translator = {
    language: code,
    t(key, substitutions) {
      const entry = messages[key] ?? english[key];
      return entry ? formatMessage(entry, substitutionList(substitutions)) : key;
    },
    plural(base, count, more = []) {
      return self.t(pluralKeyIn(code, base, count), [self.number(count), ...more]);
    },
    number(value, options) {
      const cacheKey = JSON.stringify(options ?? {});
      let format = numbers.get(cacheKey);
      if (!format) numbers.set(cacheKey, (format = new Intl.NumberFormat(code, options)));
      return format.format(value);
    },
  };
  return self;
}
