#!/usr/bin/env node
// npm run build: both unpacked extensions (extension/chrome, extension/firefox) and the CLI
// (extension/cli). Pages and the background are normal Vite builds; the content script is one
// classic IIFE file because content scripts cannot load ES modules at run time.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, runnerImport } from 'vite';
import preact from '@preact/preset-vite';
import { bundledMessages } from './build/bundled-messages.mjs';
import { manifestFor } from './build/manifest.mjs';

const root = resolve(import.meta.dirname, '..');
const at = (...parts) => resolve(root, ...parts);
const chromeDir = at('extension/chrome');
const firefoxDir = at('extension/firefox');
const quiet = { logLevel: 'warn', configFile: false, root };
// Unminified output: store reviewers (AMO in particular) read what they approve.
const readable = { minify: false };

/** Every src/ui/*.html is an extension page: adding a page is adding its HTML file. */
async function pageEntries() {
  const pages = (await readdir(at('src/ui'))).filter((file) => file.endsWith('.html'));
  return Object.fromEntries(pages.map((file) => [file.replace(/\.html$/, ''), at('src/ui', file)]));
}

async function buildPages() {
  await build({
    ...quiet,
    root: at('src/ui'),
    publicDir: at('src/ui/public'),
    plugins: [preact(), bundledMessages()],
    build: {
      ...readable,
      outDir: chromeDir,
      emptyOutDir: true,
      // Extension pages' CSP forbids the inline module-preload polyfill.
      modulePreload: false,
      rollupOptions: {
        input: { ...(await pageEntries()), background: at('src/background/index.ts') },
        output: { entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js') },
      },
    },
  });
}

/** The polyfill's own file, loaded before content.js (see scripts/build/browser-global.mjs). */
const POLYFILL = at('node_modules/webextension-polyfill/dist/browser-polyfill.js');

async function buildContentScript() {
  await build({
    ...quiet,
    publicDir: false,
    plugins: [bundledMessages({ onlyUsedKeys: true })],
    resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: at('scripts/build/browser-global.mjs') }] },
    build: {
      ...readable,
      outDir: chromeDir,
      emptyOutDir: false,
      lib: { entry: at('src/content/index.ts'), formats: ['iife'], name: 'sycophancyProbeContent', fileName: () => 'content.js' },
    },
  });
  await cp(POLYFILL, resolve(chromeDir, 'browser-polyfill.js'));
}

async function buildCli() {
  await build({
    ...quiet,
    publicDir: false,
    plugins: [bundledMessages()],
    // One self-contained file: `npx sycophancy-probe` needs nothing else installed.
    ssr: { noExternal: true },
    build: {
      ssr: at('src/cli/index.ts'),
      outDir: at('extension/cli'),
      emptyOutDir: true,
      target: 'node20',
      // The entry's own #!/usr/bin/env node line is kept by the bundler.
      rollupOptions: { output: { entryFileNames: 'sycophancy-probe.mjs' } },
    },
  });
}

async function writeManifests() {
  const base = JSON.parse(await readFile(at('manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(at('package.json'), 'utf8'));
  const { module: sites } = await runnerImport(at('src/sites/index.ts'), { configFile: false, root, logLevel: 'warn' });
  const matches = sites.contentScriptMatches();
  await rm(firefoxDir, { recursive: true, force: true });
  await mkdir(firefoxDir, { recursive: true });
  await cp(chromeDir, firefoxDir, { recursive: true });
  for (const [target, dir] of [['chrome', chromeDir], ['firefox', firefoxDir]]) {
    const manifest = manifestFor(base, target, { version, matches });
    await writeFile(resolve(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return matches;
}

const started = Date.now();
await buildPages();
await buildContentScript();
await buildCli();
const matches = await writeManifests();
console.log(`Built extension/chrome, extension/firefox and extension/cli in ${((Date.now() - started) / 1000).toFixed(1)} s (content script on ${matches.length} origins).`);
