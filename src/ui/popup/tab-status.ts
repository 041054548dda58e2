import browser from 'webextension-polyfill';
import type { PageStatus, ToContent } from '../../background/messages';

/**
 * The tab the popup is about: the active tab of its window, or the tab named by `?tab=` when the
 * popup is opened as a page (tests open it in a tab of its own, which would otherwise be "active").
 */
export async function targetTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script how its page looks; null when no content script runs there. */
export async function tabStatus(tabId: number | null): Promise<PageStatus | null> {
  if (tabId === null) return null;
  const question: ToContent = { type: 'page-status' };
  try {
    return ((await browser.tabs.sendMessage(tabId, question)) as PageStatus | undefined) ?? null;
  } catch {
    return null;
  }
}
