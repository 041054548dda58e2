// Content script: one classic file for every supported chat site. It picks the adapter for this
// host, has the background score each finished reply, badges it and hands it back for storage. Settings
// apply live: badge style, threshold and highlights re-render the badges; pausing the site stops
// the watcher and takes every badge off the page.
import browser from 'webextension-polyfill';
import type { PageStatus, ToContent } from '../background/messages';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../settings';
import { adapterForCustomOrigin, adapterForHost, type SiteAdapter } from '../sites';
import { initI18n, onLanguageChanged } from '../i18n/browser';
import { extensionGone, scoreInBackground, wakeBackground } from './background-link';
import { configureBadges, markBadgesOutdated, refreshBadges, removeBadges } from './badge';
import { forgetThemes, watchColorScheme } from './badge-theme';
import { claimFrame } from './one-copy';
import { Outbox } from './outbox';
import { ReplyWatcher } from './watcher';

/** Theme switches arrive as bursts of attribute changes; badges re-read the theme once after them. */
const THEME_SETTLE_MS = 100;

/**
 * Announced by each copy of this script as it starts. After an update the browser (Firefox) or
 * the background (Chrome) injects the new copy into open tabs, where the old one still runs, cut
 * off from the extension: hearing this, the old copy stops and takes its badges off at once,
 * rather than keep re-attaching them until its next send fails. A live copy ignores it: the page
 * can fire it too. (Declared before the start below, which reads it at once: the bundle turns
 * these constants into `var`s, undefined until their line has run.)
 */
const STARTED_EVENT = 'sycophancy-probe:started';

// Known chat sites by host; a self-hosted UI (Open WebUI, LibreChat) by the origin the user added
// in the options, where the background registered this script. A second copy in the frame does nothing.
if (claimFrame()) {
  const adapter = adapterForHost(location.hostname);
  if (adapter) void run(adapter);
  else
    void loadSettings().then(({ customOrigins }) => {
      const custom = adapterForCustomOrigin(location.origin, customOrigins);
      if (custom) void run(custom);
    });
}

async function run(site: SiteAdapter): Promise<void> {
  document.dispatchEvent(new Event(STARTED_EVENT));
  // Badges of a copy that lost its extension before it could hear the event.
  removeBadges();
  let watcher: ReplyWatcher | null = null;
  let retired = false;
  /** The extension is gone (updated, reloaded, removed): stop for good rather than retry forever, and say so on the badges. */
  const retireIfGone = (): boolean => {
    if (retired || !extensionGone()) return retired;
    retired = true;
    watcher?.stop();
    watcher = null;
    outbox.stop();
    markBadgesOutdated();
    console.info('Sycophancy Probe was updated or turned off since this page was opened: reload the page to score new replies.');
    return true;
  };
  const outbox = new Outbox((error) => retireIfGone() || console.warn(`Sycophancy Probe: a score is waiting to be saved (${error}); it will be retried.`));
  document.addEventListener(STARTED_EVENT, () => retireIfGone() && removeBadges());
  const score: typeof scoreInBackground = (replies) =>
    scoreInBackground(replies).catch((error: unknown) => {
      retireIfGone();
      throw error;
    });
  let themeTimer: ReturnType<typeof setTimeout> | undefined;
  const themeChanged = () => {
    forgetThemes();
    clearTimeout(themeTimer);
    themeTimer = setTimeout(refreshBadges, THEME_SETTLE_MS);
  };
  let settingsLoaded = false;

  browser.runtime.onMessage.addListener((message: unknown): Promise<PageStatus> | undefined => {
    if ((message as ToContent | undefined)?.type !== 'page-status') return undefined;
    if (watcher) return Promise.resolve({ ...watcher.status(), unsaved: outbox.size });
    return Promise.resolve({
      site: site.id,
      siteName: site.name,
      layout: settingsLoaded ? 'paused' : 'waiting',
      conversation: site.conversationId(new URL(location.href)),
      replies: 0,
      scored: 0,
      unsaved: outbox.size,
    });
  });

  const apply = (settings: Settings) => {
    if (retired) return;
    configureBadges(settings);
    const paused = settings.pausedSites.includes(site.id);
    if (paused && watcher) {
      watcher.stop();
      watcher = null;
      removeBadges();
    } else if (!paused && !watcher) {
      forgetThemes(); // it may have switched while the site was paused and nothing watched it
      watcher = new ReplyWatcher(site, score, (replies) => outbox.send(replies), wakeBackground, themeChanged);
      watcher.start();
    }
  };

  await initI18n().catch(() => undefined);
  apply(await loadSettings().catch(() => DEFAULT_SETTINGS));
  settingsLoaded = true;
  // A tab the user comes back to after an update says so at once, without waiting for a reply.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && retireIfGone());
  onSettingsChanged(apply);
  onLanguageChanged(refreshBadges);
  watchColorScheme(themeChanged);
}
