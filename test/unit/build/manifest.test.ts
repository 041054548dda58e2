// The permissions each browser's manifest asks for: the list a store reviewer and a user read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module of the build scripts, without type declarations
import { manifestFor } from '../../../scripts/build/manifest.mjs';

const root = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));
const matches = ['https://chatgpt.com/*', 'https://claude.ai/*'];
const build = (target: 'chrome' | 'firefox') => manifestFor(root, target, { version: '1.2.3', matches });

describe('manifest permissions', () => {
  it('asks every browser for the same few API permissions, and for other hosts only when the user adds one', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const manifest = build(target);
      expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage', 'scripting']);
      expect(manifest.optional_permissions).toEqual(['notifications']);
      expect(manifest.content_scripts[0].matches).toEqual(matches);
    }
  });

  it('gives Chrome host permissions for exactly the content script sites (to start it in tabs open across an update), Firefox none', () => {
    expect(build('chrome').host_permissions).toEqual(matches);
    expect(build('firefox').host_permissions).toBeUndefined();
  });
});
