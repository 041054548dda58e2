// The user's settings, in browser.storage.local so that every part of the extension (content
// scripts included, which never open the database) reads the same values and hears changes.
import browser from 'webextension-polyfill';

export interface Settings {
  /** What is kept of each reply: its full text, only the evidence excerpts, or only the scores. */
  textStorage: 'full' | 'evidence' | 'scores';
  /** Replies older than this many days are deleted; null keeps everything. */
  retentionDays: number | null;
  /** Site ids (see src/sites) where nothing is scored or recorded. */
  pausedSites: string[];
  /** How badges look; "off" still records scores. */
  badgeStyle: 'compact' | 'detailed' | 'off';
  /** Highlight the evidence phrases inside the reply itself. */
  highlightEvidence: boolean;
  /** Overall score from which a reply is flagged sycophantic. */
  flagThreshold: number;
  /** Day the weekly report is prepared: 0 = Sunday … 6 = Saturday. */
  weeklyReportDay: number;
  /** Self-hosted chat UIs the user added, each with the site adapter of the UI it runs. */
  customOrigins: CustomOrigin[];
}

/** A self-hosted chat the user added: its origin ("https://chat.example.org") and UI ("open-webui"). */
export interface CustomOrigin {
  origin: string;
  site: string;
}

/** The host-permission and content-script match pattern of a custom origin. */
export function customOriginPattern(origin: string): string {
  return `${origin}/*`;
}

export const DEFAULT_SETTINGS: Settings = {
  textStorage: 'evidence',
  retentionDays: null,
  pausedSites: [],
  badgeStyle: 'compact',
  highlightEvidence: false,
  flagThreshold: 50,
  weeklyReportDay: 1,
  customOrigins: [],
};

const KEY = 'settings';

function withDefaults(stored: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {}) };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return withDefaults(stored[KEY]);
}

// Saves from one page run one after another: each reads, merges and writes the whole settings
// object, so two overlapping saves (quick clicks in the options) would each drop the other's change.
let pendingSave: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const saved = pendingSave.then(async () => {
    const next = { ...(await loadSettings()), ...patch };
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  pendingSave = saved.catch(() => undefined);
  return saved;
}

/** Calls `listener` with the new settings whenever any page of the extension changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) listener(withDefaults(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
