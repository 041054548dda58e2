// Writes src/scorer/lang/<code>/precompiled.json: a language pack's vocabulary and phrase graph
// (≈ 8 ms of CPU in Node to build, more in a page) and its fitted lexicons as word ids,
// compiled ahead of time so the background does not build them whenever it starts. Rerun after
// editing a pack's lexicon.ts or refitting its weights.json (`npm run fit:scorer`);
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
  const lines = (o: object) => Object.entries(o).map(([key, values]) => `  ${JSON.stringify(key)}: ${JSON.stringify(values)}`).join(',\n');
  return `{\n "words": ${JSON.stringify(p.words)},\n "phrases": {\n${lines(p.phrases)}\n },\n "lexicons": {\n${lines(p.lexicons)}\n }\n}\n`;
}

for (const [code, pack] of Object.entries(LANGUAGES)) {
  const file = precompiledFile(code);
  writeFileSync(file, formatPrecompiled(precompile(pack.lexicon, pack.weights)));
  console.log(`wrote ${file}`);
}
