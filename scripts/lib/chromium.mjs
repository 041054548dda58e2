// Launches Debian's Chromium with the built extension loaded, for the demo, the e2e tests and
// the benchmarks alike. Chat pages are served on their real origins by request routing, so the
// real content script matches them and no request leaves the machine.
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(import.meta.dirname, '../../extension/chrome');

/**
 * `installLater`: start without the extension but able to install it (tests of installing with tabs open).
 * @param {{ headless?: boolean, extensionDir?: string, withExtension?: boolean, installLater?: boolean, args?: string[] }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string | null, userDataDir: string, close: () => Promise<void> }>}
 */
export async function launchChromium({ headless = true, extensionDir = CHROME_BUILD, withExtension = true, installLater = false, args = [] } = {}) {
  try {
    await access(CHROMIUM_PATH);
  } catch {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
  if (withExtension) {
    try {
      await access(join(extensionDir, 'manifest.json'));
    } catch {
      throw new Error(`No built extension in ${extensionDir}. Run: npm run build`);
    }
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'sycophancy-probe-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1100, height: 900 },
    args: [...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []), ...args],
    // Playwright turns extensions off when none is loaded at launch.
    ignoreDefaultArgs: installLater ? ['--disable-extensions'] : undefined,
  });
  let extensionId = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    userDataDir,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Answers every request to `origin` with `html`, so `https://<site>/…` opens a local page. */
export async function serveOnOrigin(context, origin, html) {
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
}
