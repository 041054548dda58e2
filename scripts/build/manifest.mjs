// Writes each browser's manifest from the one root manifest.json: the version comes from
// package.json and the content-script matches from the site adapters' hosts.

/** @param {any} base root manifest  @param {'chrome'|'firefox'} target  @param {{version: string, matches: string[]}} facts */
export function manifestFor(base, target, { version, matches }) {
  const manifest = structuredClone(base);
  manifest.version = version;
  if (matches.length === 0) throw new Error('no site adapters found: content scripts would match nothing');
  for (const script of manifest.content_scripts) script.matches = matches;
  const { service_worker, scripts, type } = manifest.background;
  if (target === 'chrome') {
    // Chrome runs a service worker and warns about Firefox's keys.
    manifest.background = { service_worker, type };
    delete manifest.browser_specific_settings;
    // Chrome does not run an updated content script in tabs already open: the background injects
    // it (features/open-tabs.ts), which takes host permissions. They are the content script's own
    // sites, so Chrome's install warning is the same. Firefox injects by itself.
    manifest.host_permissions = matches;
  } else {
    // Firefox runs background scripts as an event page; a service_worker key is only a lint warning there.
    manifest.background = { scripts, type };
  }
  return manifest;
}
