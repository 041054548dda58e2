// Every message key the code uses exists in every locale, and the locales hold the same keys with
// the same placeholders: a missing key would show up as a raw key name in a user's browser, a
// missing placeholder as a hole in the sentence. And no words in the pages' markup bypass t().
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'src/ui/public/_locales');
/** Code whose strings go through t(): the content script, every extension page and the report's renderers. */
const CODE_DIRS = ['src/content', 'src/ui', 'src/report/render'];

type Message = { message: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Message>;

const locales = Object.fromEntries(
  readdirSync(LOCALES_DIR).map((code) => [code, JSON.parse(readFileSync(join(LOCALES_DIR, code, 'messages.json'), 'utf8')) as Messages]),
);
const english = locales.en!;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = CODE_DIRS.flatMap((dir) => files(join(ROOT, dir))).map((file) => ({ file: relative(ROOT, file), source: readFileSync(file, 'utf8') }));

/** Quoted strings in code that name an English message: t('key'), title="key", label: 'key'; plural('base') needs baseOne and baseOther. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  for (const { source } of sources) {
    for (const match of source.matchAll(/['"`]([a-z][A-Za-z]+)['"`]/g)) if (match[1]! in english) used.add(match[1]!);
    for (const match of source.matchAll(/\b(?:t|tParts)\(\s*'([^']+)'/g)) used.add(match[1]!);
    for (const match of source.matchAll(/\bplural(?:Key)?\(\s*'([^']+)'/g)) used.add(`${match[1]!}One`).add(`${match[1]!}Other`);
  }
  return used;
}

function manifestKeys(): string[] {
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  return [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
}

function placeholderNames(message: Message): string[] {
  return [...message.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

/** The numbered substitutions a message shows, by placeholder name: { count: "$1", site: "$2" }. */
function substitutions(message: Message): Record<string, string> {
  const byName = Object.fromEntries(Object.entries(message.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return Object.fromEntries(placeholderNames(message).map((name) => [name, byName[name] ?? '']));
}

/**
 * Words in markup that never went through t(): JSX text between tags, and literal accessible
 * names and titles. Message keys (title="optionsTitle") and example values are not words to translate.
 */
function untranslatedMarkup(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/>([^<>{}();=[\]`'"|&]*[A-Za-z]{2,}[^<>{}();=[\]`'"|&]*)[<{]/g)) found.push(match[1]!.trim());
  for (const match of source.matchAll(/\b(aria-label|title|alt|label)=(?:"([^"]*)"|\{`([^`]*)`\})/g)) {
    const value = match[2] ?? match[3] ?? '';
    if (/[A-Za-z]{2,}/.test(value) && !(value in english)) found.push(`${match[1]}=${value}`);
  }
  return found;
}

describe('locales', () => {
  it('ship English and at least one more language', () => {
    expect(Object.keys(locales)).toContain('en');
    expect(Object.keys(locales).length).toBeGreaterThanOrEqual(2);
  });

  it('are all bundled for the pages, the report and the CLI', async () => {
    const { LOCALES } = await import('../../../src/i18n');
    expect(LOCALES).toEqual(Object.keys(locales).sort());
  });

  it('define every key used in code and in the manifest', () => {
    const used = [...keysUsedInCode(), ...manifestKeys()];
    expect(used.length).toBeGreaterThan(150);
    expect(used).toEqual(expect.arrayContaining(['historyTitle', 'reportImport', 'customOriginAdd', 'jobAddedOne', 'jobAddedOther', 'reportSectionDays', 'reportRepliesOther']));
    for (const [code, messages] of Object.entries(locales)) {
      expect(used.filter((key) => !(key in messages)), `missing in ${code}`).toEqual([]);
    }
  });

  it('have the same keys and the same placeholders, standing for the same substitutions, as English, and no empty message', () => {
    for (const [code, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), code).toEqual(Object.keys(english).sort());
      for (const [key, message] of Object.entries(messages)) {
        expect(message.message.trim(), `${code}.${key}`).not.toBe('');
        expect(placeholderNames(message), `${code}.${key}`).toEqual(placeholderNames(english[key]!));
        expect(substitutions(message), `${code}.${key}`).toEqual(substitutions(english[key]!));
        for (const [name, content] of Object.entries(substitutions(message))) expect(content, `${code}.${key} $${name}$`).toMatch(/^\$[1-9]$/);
      }
    }
  });

  it('leave no words in the pages\' markup outside t()', () => {
    const found = sources.filter(({ file }) => file.endsWith('.tsx')).flatMap(({ file, source }) => untranslatedMarkup(source).map((text) => `${file}: ${text}`));
    expect(found).toEqual([]);
    // The check itself finds what it is meant to find.
    expect(untranslatedMarkup('<p>\n  Your history\n</p><button aria-label={`Remove ${x}`}>{t("a")}</button>')).toEqual(['Your history', 'aria-label=Remove ${x}']);
  });

  it('keep the manifest name within the stores\' limits', () => {
    for (const [code, messages] of Object.entries(locales)) {
      expect(messages.extName!.message.length, code).toBeLessThanOrEqual(75);
      expect(messages.extShortName!.message.length, code).toBeLessThanOrEqual(12);
      expect(messages.extDescription!.message.length, code).toBeLessThanOrEqual(132);
    }
  });
});
