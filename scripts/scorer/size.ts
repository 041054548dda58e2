// Bundle cost of the scorer as the content script ships it (an IIFE, like the content script): the scorer with its fitted weights
// and language detector, minified, raw and gzipped, plus the parts on their own.
// Used by bench.ts; run alone with `tsx scripts/scorer/size.ts`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundle(entry: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify: true, lib: { entry: resolve(ROOT, entry), formats: ['iife'], name: 'scorer', fileName: 'x' } },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = (result as { output: Array<{ type: string; code?: string }> }).output.find((o) => o.type === 'chunk');
  return chunk?.code ?? '';
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
export async function sizeReport(): Promise<string[]> {
  const whole = await bundle('src/scorer/index.ts');
  const detect = await bundle('src/scorer/lang/detect.ts');
  const weights = readFileSync(resolve(ROOT, 'src/scorer/lang/en/weights.json'));
  return [
    `scorer + weights + language detector, minified: ${kb(whole.length)} (${kb(gzipSync(whole).length)} gzipped)`,
    `  of which fitted weights JSON: ${kb(weights.length)} (${kb(gzipSync(weights).length)} gzipped)`,
    `  of which language detector (lang/detect.ts): ${kb(detect.length)} (${kb(gzipSync(detect).length)} gzipped); no dependency`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of await sizeReport()) console.log(l);
