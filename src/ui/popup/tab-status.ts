import browser from 'webextension-polyfill';
import type { PageStatus, ToContent } from '../../background/messages';

/** Asks the active tab's content script how its page looks; null when no content script runs there. */
export async function activeTabStatus(): Promise<PageStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const question: ToContent = { type: 'page-status' };
  try {
    return ((await browser.tabs.sendMessage(tab.id, question)) as PageStatus | undefined) ?? null;
  } catch {
    return null;
  }
}
