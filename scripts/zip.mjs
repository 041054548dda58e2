#!/usr/bin/env node
// npm run zip (after the build): store-ready zips of both unpacked extensions, in extension/.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const webExt = resolve(root, 'node_modules/.bin/web-ext');

for (const target of ['chrome', 'firefox']) {
  const filename = `sycophancy-probe-${target}-${version}.zip`;
  const result = spawnSync(
    webExt,
    ['build', '--source-dir', `extension/${target}`, '--artifacts-dir', 'extension', '--filename', filename, '--overwrite-dest', '--no-config-discovery'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`could not zip extension/${target}`);
  }
  console.log(`Wrote extension/${filename}`);
}
