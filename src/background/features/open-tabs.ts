// Chrome runs content scripts only in pages loaded after the extension was installed or updated:
// a chat tab already open has no script (install) or an old one cut off from the extension
// (update) until the user reloads it. So on install and update the background injects the
// current script into each open chat tab that no live copy answers (one that starts meanwhile
// makes the injected copy stand down: content/one-copy.ts); the new copy takes the old one's
// badges off and scores the page again. Chrome's manifest alone lists the chat sites as
// host permissions, which this needs: Firefox injects into open tabs itself.
import browser from 'webextension-polyfill';
import type { ToContent } from '../messages';
import { customOriginPattern, loadSettings } from '../../settings';
import { contentScriptFiles } from './lib/content-script-files';

/** Match patterns of the tabs to look at: the chat sites, and the added origins the user granted. */
async function chatTabPatterns(): Promise<string[]> {
  const sites = browser.runtime.getManifest().host_permissions ?? [];
  if (sites.length === 0) return [];
  const [{ customOrigins }, granted] = await Promise.all([loadSettings(), browser.permissions.getAll()]);
  const grantedOrigins = new Set(granted.origins ?? []);
  const custom = customOrigins.map((added) => customOriginPattern(added.origin)).filter((pattern) => grantedOrigins.has(pattern));
  return [...sites, ...custom];
}

/** True when a content script of this extension's current instance answers in the tab. */
async function hasLiveScript(tabId: number): Promise<boolean> {
  const ask: ToContent = { type: 'page-status' };
  return browser.tabs.sendMessage(tabId, ask).then(
    (answer) => answer !== undefined,
    () => false,
  );
}

async function injectIntoOpenTabs(): Promise<void> {
  const patterns = await chatTabPatterns();
  if (patterns.length === 0) return;
  // A tab still loading gets the manifest's script when it is idle; a discarded one when it is reloaded.
  const tabs = (await browser.tabs.query({ url: patterns, status: 'complete', discarded: false })).filter((tab) => tab.id !== undefined);
  for (const tab of tabs) {
    const tabId = tab.id as number;
    if (await hasLiveScript(tabId)) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
    } catch (error) {
      // An error page or a tab closed meanwhile: the rest still get theirs.
      console.warn(`Sycophancy Probe: could not start on an open tab (${String(error)}); reloading it will.`);
    }
  }
}

export function start(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
}
