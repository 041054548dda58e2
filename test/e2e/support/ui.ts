// Helpers for the badge, popup and options tests. The badge lives in a closed shadow root, which
// neither page scripts nor Playwright's locators can enter; the DevTools protocol can, so tests
// read it (and copy it for axe) through a CDP session, the way DevTools itself shows it.
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BADGE, readRepoFile, ROOT } from './extension';

export const DEMO_URL = 'https://chatgpt.com/c/e2e-demo?autostream=0';
export const SCREENSHOTS = resolve(ROOT, '.tmp/screenshots');

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * Calls `fn(shadowRoot, arg)` on the closed shadow root of the `index`-th badge host, in the page's
 * main world, and returns its JSON result. `fn` must be self-contained (it is sent as source).
 */
export async function inBadge<T, A = undefined>(page: Page, index: number, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  const session = await cdp(page);
  const host = await session.send('Runtime.evaluate', { expression: `document.querySelectorAll('${BADGE}')[${index}]` });
  if (!host.result.objectId) throw new Error(`no badge at index ${index}`);
  const { node } = await session.send('DOM.describeNode', { objectId: host.result.objectId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error('badge host has no shadow root');
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const result = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) throw new Error(`in badge: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as T;
}

export interface BadgeView {
  pill: string;
  label: string;
  expanded: string | null;
  cardOpen: boolean;
  card: string;
  theme: string | null;
  band: string | null;
  focused: 'pill' | 'card' | null;
  mode: string;
}

/** What a person (and a screen reader) gets from one badge right now. */
export function badgeView(page: Page, index: number): Promise<BadgeView> {
  return inBadge(page, index, (root) => {
    const wrapper = root.querySelector('.badge');
    const pill = root.querySelector('.pill');
    const card = root.querySelector<HTMLElement>('.card');
    const active = root.activeElement;
    return {
      pill: pill?.textContent ?? '',
      label: pill?.getAttribute('aria-label') ?? '',
      expanded: pill?.getAttribute('aria-expanded') ?? null,
      cardOpen: Boolean(card && (card.matches(':popover-open') || (!card.popover && !card.hidden))),
      card: card?.textContent ?? '',
      theme: wrapper?.getAttribute('data-theme') ?? null,
      band: wrapper?.getAttribute('data-band') ?? null,
      focused: active === null ? null : active === pill ? 'pill' : card?.contains(active) ? 'card' : null,
      mode: root.mode,
    };
  });
}

/**
 * Copies the open card (markup and styles) into an open shadow root on the page, where axe can
 * scan it, and closes the original so the two never overlap in the contrast checks.
 */
export async function mirrorOpenCard(page: Page, index: number): Promise<string> {
  await inBadge(page, index, (root) => {
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const styles = [...root.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    const original = root.querySelector<HTMLElement>('.card')!;
    const box = original.getBoundingClientRect();
    const mirror = document.createElement('div');
    mirror.id = 'axe-card-mirror';
    const open = mirror.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css + styles;
    const copy = root.querySelector('.badge')!.cloneNode(true) as HTMLElement;
    open.append(style, copy);
    document.body.append(mirror);
    original.hidePopover();
    const card = copy.querySelector<HTMLElement>('.card')!;
    card.showPopover();
    card.style.top = `${box.top}px`;
    card.style.left = `${box.left}px`;
    return null;
  });
  return '#axe-card-mirror';
}

/** Opens the demo chat page (three replies: flattering, plain, capitulating) and waits for its badges. */
export async function openDemo(context: BrowserContext, serve: (origin: string, html: string) => Promise<void>, url = DEMO_URL): Promise<Page> {
  await serve('https://chatgpt.com', await readRepoFile('scripts/demo/chat.html'));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Streams one more user turn and reply on the demo page and waits until it has finished. */
export async function streamDemoReply(page: Page, user: string, reply: string): Promise<void> {
  await page.evaluate(
    ([userText, replyText]) => {
      const demo = (window as unknown as { __demo: { addUserTurn(t: string): void; streamReply(t: string, o: object): Promise<void> } }).__demo;
      demo.addUserTurn(userText);
      return demo.streamReply(replyText, { intervalMs: 5 });
    },
    [user, reply] as const,
  );
}

/** Writes settings straight into storage, as another page of the extension would. */
export async function patchSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const stored = ((await api.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await api.storage.local.set({ settings: { ...stored, ...values } });
  }, patch);
}

/** The settings as stored, read through the service worker. */
export function storedSettings(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await api.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

/**
 * The id of the tab whose content script answers for `site` (the extension has no "tabs"
 * permission, so tab URLs are hidden from it; asking each tab is what the popup does too).
 */
export async function chatTabId(worker: Worker, site = 'chatgpt'): Promise<number> {
  return worker.evaluate(async (wanted) => {
    type Api = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<{ site?: string } | undefined> } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await api.tabs.sendMessage(tab.id, { type: 'page-status' }).catch(() => undefined);
      if (answer?.site === wanted) return tab.id;
    }
    throw new Error(`no tab answers for ${wanted}`);
  }, site);
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), ...options });
}
