// Installs and updates the built extension the way the browser does for a user, with chat tabs
// already open: Chromium loads it from disk through DevTools' Extensions.loadUnpacked (allowed by
// --enable-unsafe-extension-debugging). Loading a copy again with a higher version is an update:
// same id, onInstalled with reason "update", and the old content scripts cut off in open tabs.
import type { BrowserContext, CDPSession } from '@playwright/test';
import { chromium } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain ES module shared with the demo script, typed by its JSDoc
import { CHROME_BUILD, launchChromium, serveOnOrigin } from '../../../scripts/lib/chromium.mjs';

export { serveOnOrigin };

export interface InstallableBrowser {
  context: BrowserContext;
  /** Installs the extension, or updates it to a higher version; resolves to its id. */
  install(): Promise<string>;
  close(): Promise<void>;
}

/** A Chromium with the extension not yet installed (or already installed, with `preinstalled`). */
export async function launchForInstall({ preinstalled }: { preinstalled: boolean }): Promise<InstallableBrowser> {
  const copy = await mkdtemp(join(tmpdir(), 'sycophancy-probe-build-'));
  await cp(CHROME_BUILD, copy, { recursive: true });
  const { context, userDataDir, close } = (await launchChromium({
    extensionDir: copy,
    withExtension: preinstalled,
    installLater: !preinstalled,
    args: ['--remote-debugging-port=0', '--enable-unsafe-extension-debugging'],
  })) as { context: BrowserContext; userDataDir: string; close: () => Promise<void> };
  const port = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const debugging = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const session: CDPSession = await debugging.newBrowserCDPSession();
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
  // Every update raises the built version's last part ("0.1.0" → "0.1.0.1", "0.1.0.2"): appending
  // to the version already raised would pass Chrome's four parts by the second update.
  const builtVersion = manifest.version;
  let installs = 0;
  return {
    context,
    async install() {
      installs += 1;
      if (preinstalled || installs > 1) {
        manifest.version = `${builtVersion}.${installs}`;
        await writeFile(manifestPath, JSON.stringify(manifest));
      }
      const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: copy } as never)) as { id: string };
      return id;
    },
    async close() {
      await debugging.close().catch(() => undefined);
      await close();
      await rm(copy, { recursive: true, force: true });
    },
  };
}
