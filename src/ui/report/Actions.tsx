import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ReportFormat, WeeklyReport } from '../../report';
import { DEFAULT_SETTINGS, loadSettings } from '../../settings';
import { plural, t, weekdayName } from '../../i18n/browser';
import { downloadReport } from './export';

/** Format names, the same in every language. */
const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

/** `pending`: the trend is still being read, and an export must hold the whole report. */
export function ExportButtons({ report, pending }: { report: WeeklyReport; pending: boolean }) {
  return (
    <div class="row" role="group" aria-labelledby="export-label">
      <span id="export-label">{t(report.period.kind === 'week' ? 'reportExportWeek' : 'reportExportRange')}</span>
      {FORMATS.map(({ format, label }) => (
        <button type="button" key={format} disabled={pending} onClick={() => downloadReport(report, format)}>
          {label}
        </button>
      ))}
      {pending && <span class="muted small">{t('reportReadingTrend')}</span>}
    </div>
  );
}

const NOTIFICATIONS: browser.Permissions.Permissions = { permissions: ['notifications'] };

/** Asks for the optional notifications permission; the request must run inside the click itself. */
export function NotifyButton() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [day, setDay] = useState(DEFAULT_SETTINGS.weeklyReportDay);
  useEffect(() => {
    browser.permissions.contains(NOTIFICATIONS).then(setGranted, () => setGranted(false));
    loadSettings().then((settings) => setDay(settings.weeklyReportDay), () => undefined);
  }, []);
  const weekday = weekdayName(day);
  if (granted) return <p class="muted small" id="notify-status">{t('reportNotifyOn', weekday)}</p>;
  return (
    <p class="row">
      <button
        type="button"
        id="notify-button"
        onClick={() => browser.permissions.request(NOTIFICATIONS).then(setGranted, () => setGranted(false))}
      >
        {t('reportNotifyButton')}
      </button>
      <span class="muted small">{t('reportPreparedOn', weekday)}</span>
    </p>
  );
}

/** Shown only when stored rows kept their text: without it there is nothing to score again. */
export function RescoreButton({ report, onDone }: { report: WeeklyReport; onDone: () => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const withText = report.replies.filter((row) => row.text !== undefined);
  if (withText.length === 0) return null;
  const rescore = async () => {
    setStatus(t('reportRescoring'));
    try {
      // Loaded on demand: the scorer is not needed just to read a report.
      const [{ rescoreRows }, { ProbeDatabase }] = await Promise.all([import('./rescore'), import('../../db')]);
      const db = new ProbeDatabase();
      const count = await rescoreRows(db, withText);
      db.close();
      setStatus(plural('reportRescored', count));
      onDone();
    } catch (error) {
      setStatus(t('reportRescoreFailed', error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <p class="row">
      <button type="button" id="rescore-button" onClick={rescore}>
        {t(report.period.kind === 'week' ? 'reportRescoreWeek' : 'reportRescorePeriod')}
      </button>
      <span class="muted small" role="status">
        {status ?? plural('reportWithText', withText.length)}
      </span>
    </p>
  );
}
