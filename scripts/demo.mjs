#!/usr/bin/env node
// npm start (after the build): opens Chromium with the extension on the bundled demo chat page.
// With no display it says so and writes screenshots instead.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, serveOnOrigin } from './lib/chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const DEMO_URL = 'https://chatgpt.com/c/sycophancy-probe-demo';
const html = await readFile(resolve(root, 'scripts/demo/chat.html'), 'utf8');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay) console.log('No display found (DISPLAY is not set): running Chromium headless and writing screenshots instead.');
const { context, extensionId, close } = await launchChromium({ headless: !hasDisplay });
await serveOnOrigin(context, 'https://chatgpt.com', html);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);

if (hasDisplay) {
  console.log(`Chromium is open on the demo chat (${DEMO_URL}, served locally). Badges appear under each reply;`);
  console.log('a new reply streams in after a moment. Click the extension icon for the popup. Close the window to finish.');
  await new Promise((done) => context.on('close', done));
} else {
  // Three replies on the page plus one that streams in.
  await page.waitForFunction(() => document.querySelectorAll('[data-sycophancy-probe="badge"]').length >= 4, null, { timeout: 20_000 });
  const pageShot = resolve(root, 'extension/demo-chat.png');
  await page.screenshot({ path: pageShot, fullPage: true });
  const scores = await page.$$eval('[data-sycophancy-probe="badge"]', (badges) => badges.map((b) => b.getAttribute('data-overall')));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 420 });
  // Opened as a tab, the popup would describe itself; ?tab= points it at the demo chat instead
  // (the tab whose content script answers).
  const [worker] = context.serviceWorkers();
  const chatTab = await worker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const answer = await chrome.tabs.sendMessage(tab.id, { type: 'page-status' }).catch(() => null);
      if (answer) return tab.id;
    }
    return null;
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${chatTab}`);
  await popup.waitForFunction(() => Number(document.querySelector('#reply-count')?.textContent) >= 4, null, { timeout: 10_000 });
  const popupShot = resolve(root, 'extension/demo-popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`Badges on the demo chat, overall scores: ${scores.join(', ')}`);
  console.log(`Wrote ${pageShot}`);
  console.log(`Wrote ${popupShot}`);
  await close();
}
