// Writes src/scorer/lang/<code>/precompiled.json: a language pack's vocabulary and phrase graph,
// compiled ahead of time so the content script does not build them on every page load (≈ 8 ms of
// CPU in Node, more in a page). Rerun after editing a pack's lexicon.ts;
// test/unit/scorer/precompiled.test.ts fails while the file is stale.
// Usage: tsx scripts/scorer/precompile.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES } from '../../src/scorer/lang';
import type { PrecompiledLexicon } from '../../src/scorer/lang/types';
import { precompile } from '../../src/scorer/rules/context';

function precompiledFile(code: string): string {
  return resolve(import.meta.dirname, `../../src/scorer/lang/${code}/precompiled.json`);
}

/** JSON with one line per array, so a lexicon edit shows up as a readable diff. */
function formatPrecompiled(p: PrecompiledLexicon): string {
  const arrays = Object.entries(p.phrases).map(([key, values]) => `  ${JSON.stringify(key)}: ${JSON.stringify(values)}`);
  return `{\n "words": ${JSON.stringify(p.words)},\n "phrases": {\n${arrays.join(',\n')}\n }\n}\n`;
}

for (const [code, pack] of Object.entries(LANGUAGES)) {
  const file = precompiledFile(code);
  writeFileSync(file, formatPrecompiled(precompile(pack.lexicon)));
  console.log(`wrote ${file}`);
}
