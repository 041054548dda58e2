// The layers' one-way imports (README "How it is built"), checked on what each module really loads
// at run time: type-only imports are erased by the compiler, so they do not count.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

const IMPORT = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What a module loads at run time: files under src/ (relative to the repo) and package names. */
function runtimeImports(code: string): string[] {
  const targets: string[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const [, keyword, typeOnly, clause, staticTarget, dynamicTarget] = match;
    if (dynamicTarget) {
      targets.push(dynamicTarget);
      continue;
    }
    if (typeOnly || !staticTarget) continue;
    // `export { a } from` and `import { type A, type B } from` with nothing but types load nothing.
    const named = clause?.trim().match(/^\{([^}]*)\}$/)?.[1];
    if (named !== undefined && named.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '))) continue;
    if (keyword === 'export' && clause === undefined) continue;
    targets.push(staticTarget);
  }
  return targets;
}

function resolveModule(from: string, target: string): string {
  if (!target.startsWith('.')) return target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!;
  const base = resolve(dirname(from), target);
  const file = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find((path) => existsSync(path) && statSync(path).isFile());
  if (!file) throw new Error(`${relative(root, from)} imports ${target}, which does not exist`);
  return file;
}

/** Every file and package a module reaches at run time, itself included. */
function reach(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.startsWith('/') || !/\.tsx?$/.test(entry)) return seen;
  for (const target of runtimeImports(readFileSync(entry, 'utf8'))) reach(resolveModule(entry, target), seen);
  return seen;
}

function modulesOf(layer: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(join(src, layer));
  return files;
}

/** What a layer reaches, as repo-relative paths and package names, with the module that reaches it. */
function reachedBy(layer: string): Map<string, string> {
  const reached = new Map<string, string>();
  for (const file of modulesOf(layer)) {
    for (const target of reach(file)) {
      const name = target.startsWith('/') ? relative(root, target) : target;
      if (!reached.has(name)) reached.set(name, relative(root, file));
    }
  }
  return reached;
}

/** The extension pages' code; their public/ folder is data (the _locales messages every layer reads). */
const isPageCode = (reached: string) => reached.startsWith('src/ui/') && !reached.startsWith('src/ui/public/');

function violations(layer: string, forbidden: (reached: string) => boolean): string[] {
  return [...reachedBy(layer)].filter(([reached]) => forbidden(reached)).map(([reached, by]) => `${by} reaches ${reached}`);
}

describe('import layers', () => {
  it('reads type-only imports as loading nothing', () => {
    const code = [
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "export type { D } from './d';",
      "import { e, type F } from './e';",
      "import './g.css';",
      "const h = await import('./h');",
      "export { i } from './i';",
    ].join('\n');
    expect(runtimeImports(code)).toEqual(['./e', './g.css', './h', './i']);
  });

  it('the scorer imports nothing outside itself: no package, no other layer', () => {
    expect(violations('scorer', (reached) => !reached.startsWith('src/scorer/'))).toEqual([]);
  });

  it('content scripts never reach the database, the pages or the report (its renderers would weigh on every chat page)', () => {
    expect(violations('content', (reached) => reached === 'dexie' || /^src\/(db|report)\//.test(reached) || isPageCode(reached))).toEqual([]);
  });

  it('site adapters read the DOM only: no database, background, pages or browser API', () => {
    const forbidden = (reached: string) => ['dexie', 'webextension-polyfill'].includes(reached) || /^src\/(db|background|content)\//.test(reached) || isPageCode(reached);
    expect(violations('sites', forbidden)).toEqual([]);
  });

  it('the report takes rows rather than querying, so the CLI shares it: no Dexie, no browser API, no pages', () => {
    const forbidden = (reached: string) => ['dexie', 'webextension-polyfill'].includes(reached) || /^src\/(background|content)\//.test(reached) || isPageCode(reached) || (reached.startsWith('src/db/') && !/^src\/db\/(record|score-fields)\.ts$/.test(reached));
    expect(violations('report', forbidden)).toEqual([]);
    expect(violations('display', forbidden)).toEqual([]);
  });
});
