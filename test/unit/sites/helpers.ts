import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { siteFixturePage } from '../../fixtures/sites/page.mjs';
import type { ReplyReading, SiteAdapter } from '../../../src/sites/types';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

/**
 * Parses saved markup into its own document. The page's scripts are dropped (never run), and so
 * are its stylesheet links and iframes, which happy-dom would try to fetch.
 */
export function parsePage(html: string): Document {
  const offline = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(offline, 'text/html');
}

/** A real site snapshot from test/fixtures/dom. */
export function loadSnapshot(file: string): Document {
  return parsePage(readFileSync(resolve(fixtures, 'dom', file), 'utf8'));
}

/** A synthetic site fixture page from test/fixtures/sites (its script is not run). */
export function loadSiteFixture(site: string): Document {
  return parsePage(siteFixturePage(site));
}

/** Every reply's reading, read now (a reading reads its text when first asked for). */
export function readReplies(adapter: SiteAdapter, doc: Document): ReplyReading[] {
  return adapter.replyElements(doc).map((reply) => ({ ...adapter.readReply(reply) }));
}

/** No reply the adapter finds is, holds or sits inside one of the page's user turns. */
export function expectNoUserTurnMatched(adapter: SiteAdapter, doc: Document, userTurnSelector: string): void {
  const userTurns = [...doc.querySelectorAll(userTurnSelector)];
  expect(userTurns.length).toBeGreaterThan(0);
  for (const reply of adapter.replyElements(doc)) {
    for (const user of userTurns) {
      expect(reply.contains(user) || user.contains(reply)).toBe(false);
    }
  }
}

/** Collapses white space so expectations do not depend on how a snapshot was indented. */
export function squash(text: string | null): string | null {
  return text === null ? null : text.replace(/\s+/g, ' ').trim();
}

/** What a synthetic site fixture's script exposes as window.__fixture. */
export interface SiteFixture {
  streamReply(text: string, options?: { tokensPerTick?: number; intervalMs?: number; prompt?: string }): Promise<void>;
  finishStreaming(): void;
  rerender(): void;
  navigate(path: string): void;
}

/**
 * Makes a site fixture the test environment's page at `url` and runs its inline script, so the
 * adapters can be checked against its streaming, re-render and navigation.
 */
export function mountSiteFixture(site: string, url: string): SiteFixture {
  const html = siteFixturePage(site);
  const win = window as unknown as { happyDOM: { setURL(url: string): void }; __fixture?: SiteFixture };
  win.happyDOM.setURL(url);
  const page = parsePage(html);
  document.title = page.title;
  document.head.replaceChildren(...[...page.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) new Function(script!)();
  if (!win.__fixture) throw new Error(`${site}.html did not define window.__fixture`);
  return win.__fixture;
}
