import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings';
import { chosenLanguage, t } from '../../i18n/browser';
import { useSettings } from '../lib/use-settings';
import { BadgeSection } from './BadgeSection';
import { PrivacySection } from './PrivacySection';
import { LanguageSection, ReportSection } from './ReportLanguageSection';
import { SitesSection } from './SitesSection';

/** How long "Saved" stays on screen after a change. */
const SAVED_NOTICE_MS = 2500;

/** A polite "Saved" after each change: screen readers hear it, and it fades on its own. */
function useSavedNotice(): [boolean, () => void] {
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = () => {
    setShown(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(false), SAVED_NOTICE_MS);
  };
  return [shown, show];
}

export function Options() {
  const [settings, saveSettings] = useSettings();
  const [saved, showSaved] = useSavedNotice();
  const save = (patch: Partial<Settings>) => void saveSettings(patch).then(showSaved);

  return (
    <main>
      <header class="page-header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="muted">{t('optionsSubtitle')}</p>
        </div>
      </header>
      <p class="saved" id="save-status" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      {settings === null ? (
        <p class="muted">{t('optionsLoading')}</p>
      ) : (
        <>
          <BadgeSection settings={settings} save={save} />
          <SitesSection settings={settings} save={save} />
          <PrivacySection settings={settings} save={save} />
          <ReportSection settings={settings} save={save} />
          <LanguageSection chosen={chosenLanguage()} onChosen={showSaved} />
        </>
      )}
      <p class="muted footer">{t('popupPrivacy')}</p>
    </main>
  );
}
