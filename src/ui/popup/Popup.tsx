import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../../background/messages';
import { ProbeDatabase } from '../../db';
import { summarize, type DaySummary } from '../../db/replies';
import { t } from '../../i18n/browser';
import { describeStorageHealth, fetchStorageHealth, type HealthNotice } from '../lib/storage-health';
import { useSettings, withSitePaused } from '../lib/use-settings';
import { Figures } from './Figures';
import { thisWeek, today, type Period } from './periods';
import { SiteStatus } from './SiteStatus';
import { tabStatus, targetTabId } from './tab-status';

/** Time for the tab to apply a pause or resume before it is asked again. */
const TAB_SETTLE_MS = 200;

function useSummaries(threshold: number | undefined): { today: DaySummary | null; week: DaySummary | null; error: string | null } {
  const [result, setResult] = useState<{ today: DaySummary | null; week: DaySummary | null; error: string | null }>({
    today: null,
    week: null,
    error: null,
  });
  useEffect(() => {
    if (threshold === undefined) return;
    const db = new ProbeDatabase();
    const read = (period: Period) => summarize(db, period.from, period.to, threshold);
    Promise.all([read(today()), read(thisWeek())]).then(
      ([day, week]) => setResult({ today: day, week, error: null }),
      (error: unknown) => setResult({ today: null, week: null, error: String(error) }),
    );
    return () => db.close();
  }, [threshold]);
  return result;
}

function useTabStatus(pausedKey: string | undefined): PageStatus | null | undefined {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    targetTabId().then(setTabId, () => setTabId(null));
  }, []);
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    const timer = setTimeout(() => tabStatus(tabId).then((answer) => live && setStatus(answer)), status === undefined ? 0 : TAB_SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId, pausedKey]);
  return status;
}

/** Says so when scores cannot be saved (or storage is nearly full); nothing when all is well. */
function useStorageHealth(): HealthNotice | null {
  const [notice, setNotice] = useState<HealthNotice | null>(null);
  useEffect(() => {
    fetchStorageHealth().then((health) => setNotice(describeStorageHealth(health)), () => setNotice(null));
  }, []);
  return notice;
}

async function openExtensionPage(page: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(page) });
}

export function Popup() {
  const [settings, save] = useSettings();
  const status = useTabStatus(settings?.pausedSites.join(','));
  const figures = useSummaries(settings?.flagThreshold);
  const storage = useStorageHealth();
  const paused = Boolean(status && settings?.pausedSites.includes(status.site));

  const setPaused = (pause: boolean) => {
    if (settings && status) void save({ pausedSites: withSitePaused(settings.pausedSites, status.site, pause) });
  };

  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      <SiteStatus status={status} paused={paused} onPause={setPaused} />
      {figures.error && <p class="warning">{t('popupHistoryError', figures.error)}</p>}
      {storage && (
        <p id="storage-health" class={storage.level === 'ok' ? 'muted' : 'warning'} role={storage.level === 'error' ? 'alert' : 'status'}>
          {storage.text}
        </p>
      )}
      <Figures
        rows={[
          { label: 'popupToday', idPrefix: '', summary: figures.today },
          { label: 'popupThisWeek', idPrefix: 'week-', summary: figures.week },
        ]}
      />
      <nav class="links" aria-label={t('popupLinks')}>
        <button type="button" class="button primary" id="open-report" onClick={() => void openExtensionPage('report.html')}>
          {t('popupOpenReport')}
        </button>
        <button type="button" class="button" id="open-history" onClick={() => void openExtensionPage('history.html')}>
          {t('popupOpenHistory')}
        </button>
        <button type="button" class="button" id="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </nav>
      <p class="privacy muted">{t('popupPrivacy')}</p>
    </main>
  );
}
