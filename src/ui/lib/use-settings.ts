import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../settings';

/**
 * The stored settings, kept current when any page changes them, and a saver that writes a patch.
 * Null until the first read finishes.
 */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = onSettingsChanged(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = async (patch: Partial<Settings>) => setSettings(await saveSettings(patch));
  return [settings, save];
}

/** pausedSites with `site` added (paused) or taken out (enabled). */
export function withSitePaused(pausedSites: string[], site: string, paused: boolean): string[] {
  const others = pausedSites.filter((id) => id !== site);
  return paused ? [...others, site] : others;
}
