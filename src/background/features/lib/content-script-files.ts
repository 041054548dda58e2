import browser from 'webextension-polyfill';

/**
 * The files the manifest loads on the chat sites (the polyfill, then content.js), for loading them
 * elsewhere alike. Firefox reports them as full moz-extension:// URLs but takes only paths.
 */
export function contentScriptFiles(): string[] {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? ['content.js'];
  const root = browser.runtime.getURL('/');
  return files.map((file) => new URL(file, root).pathname.slice(1));
}
