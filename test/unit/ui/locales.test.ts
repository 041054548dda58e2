// Every message key the code uses exists in every locale, and the locales hold the same keys with
// the same placeholders: a missing key would show up as a raw key name in a user's browser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES_DIR = join(ROOT, 'src/ui/public/_locales');
/** Code whose strings go through t(): the content script and every extension page we own. */
const CODE_DIRS = ['src/content', 'src/ui/popup', 'src/ui/options', 'src/ui/lib'];

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

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

/** Quoted strings in code that name an English message: t('key'), title="key", label: 'key'. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  for (const file of CODE_DIRS.flatMap((dir) => files(join(ROOT, dir)))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['"`]([a-z][A-Za-z]+)['"`]/g)) if (match[1]! in english) used.add(match[1]!);
    for (const match of source.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1]!);
  }
  return used;
}

function manifestKeys(): string[] {
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  return [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
}

function placeholderNames(message: Messages[string]): string[] {
  return [...message.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

describe('locales', () => {
  it('ship English and at least one more language', () => {
    expect(Object.keys(locales)).toContain('en');
    expect(Object.keys(locales).length).toBeGreaterThanOrEqual(2);
  });

  it('define every key used in code and in the manifest', () => {
    const used = [...keysUsedInCode(), ...manifestKeys()];
    expect(used.length).toBeGreaterThan(50);
    for (const [code, messages] of Object.entries(locales)) {
      expect(used.filter((key) => !(key in messages)), `missing in ${code}`).toEqual([]);
    }
  });

  it('have the same keys and the same placeholders as English, and no empty message', () => {
    for (const [code, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), code).toEqual(Object.keys(english).sort());
      for (const [key, message] of Object.entries(messages)) {
        expect(message.message.trim(), `${code}.${key}`).not.toBe('');
        expect(placeholderNames(message), `${code}.${key}`).toEqual(placeholderNames(english[key]!));
        for (const name of placeholderNames(message)) {
          expect(Object.keys(message.placeholders ?? {}).map((n) => n.toLowerCase()), `${code}.${key} $${name}$`).toContain(name);
        }
      }
    }
  });

  it('keep the manifest name within the stores\' limits', () => {
    for (const [code, messages] of Object.entries(locales)) {
      expect(messages.extName!.message.length, code).toBeLessThanOrEqual(75);
      expect(messages.extShortName!.message.length, code).toBeLessThanOrEqual(12);
      expect(messages.extDescription!.message.length, code).toBeLessThanOrEqual(132);
    }
  });
});
