// The content script bundles only the messages its code names (scripts/build/bundled-messages.mjs):
// built here with Vite from a small entry, as scripts/build.mjs builds content.js.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module of the build scripts, without type declarations
import { bundledMessages, namesKey } from '../../../scripts/build/bundled-messages.mjs';

const dir = await mkdtemp(join(tmpdir(), 'bundled-messages-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const MESSAGES = {
  badgeLabel: { message: 'Sycophancy', description: 'for translators' },
  cardTitle: { message: 'Score $1$', placeholders: { '1': { content: '$1', example: '42' } } },
  repliesOne: { message: 'one reply' },
  repliesOther: { message: '$1 replies' },
  reportOnly: { message: 'only the report page says this' },
};

async function bundle(onlyUsedKeys: boolean): Promise<Record<string, unknown>> {
  await mkdir(join(dir, '_locales/en'), { recursive: true });
  await writeFile(join(dir, '_locales/en/messages.json'), JSON.stringify(MESSAGES));
  await writeFile(
    join(dir, 'entry.js'),
    `import en from './_locales/en/messages.json';
     const plural = (base, n) => en[base + (n === 1 ? 'One' : 'Other')];
     globalThis.out = { label: en['badgeLabel'], title: en["cardTitle"], count: plural('replies', 2), all: en };`,
  );
  const outDir = join(dir, onlyUsedKeys ? 'only-used' : 'all');
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    plugins: [bundledMessages({ onlyUsedKeys })],
    build: { outDir, minify: false, lib: { entry: join(dir, 'entry.js'), formats: ['iife'], name: 'entry', fileName: () => 'out.js' } },
  });
  const code = await readFile(join(outDir, 'out.js'), 'utf8');
  const scope: { out?: { all: Record<string, unknown> } } = {};
  new Function('globalThis', code)(scope);
  return scope.out!.all;
}

describe('bundled messages', () => {
  it('keeps only the keys the code names, plural forms by their base, without translator notes', async () => {
    expect(await bundle(true)).toEqual({
      badgeLabel: { message: 'Sycophancy' },
      cardTitle: { message: 'Score $1$', placeholders: { '1': { content: '$1' } } },
      repliesOne: { message: 'one reply' },
      repliesOther: { message: '$1 replies' },
    });
  });

  it('keeps every key without onlyUsedKeys (pages and the CLI)', async () => {
    expect(Object.keys(await bundle(false))).toEqual(Object.keys(MESSAGES));
  });

  it('names a key only as a whole string literal', () => {
    expect(namesKey("t('cardTitle')", 'cardTitle')).toBe(true);
    expect(namesKey("t('cardTitleShort')", 'cardTitle')).toBe(false);
    expect(namesKey('cardTitle', 'cardTitle')).toBe(false);
    expect(namesKey('plural(`replies`, n)', 'repliesOther')).toBe(true);
  });
});
