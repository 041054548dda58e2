#!/usr/bin/env node
// Renders src/ui/icon.svg to the PNG sizes the manifests name (Chrome takes no SVG icons).
// Run by hand after changing the icon; the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'src/ui/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: resolve(root, `src/ui/public/icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
