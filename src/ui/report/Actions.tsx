import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ReportFormat, WeeklyReport } from '../../report';
import { DEFAULT_SETTINGS, loadSettings } from '../../settings';
import { downloadReport } from './export';

const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `pending`: the trend is still being read, and an export must hold the whole report. */
export function ExportButtons({ report, pending }: { report: WeeklyReport; pending: boolean }) {
  return (
    <div class="row" role="group" aria-labelledby="export-label">
      <span id="export-label">Export {report.period.kind === 'week' ? 'this week' : 'these days'}:</span>
      {FORMATS.map(({ format, label }) => (
        <button type="button" key={format} disabled={pending} onClick={() => downloadReport(report, format)}>
          {label}
        </button>
      ))}
      {pending && <span class="muted small">Reading the 12-week trend…</span>}
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
  const when = `on ${WEEKDAYS[day] ?? 'Monday'}s`;
  if (granted) return <p class="muted small" id="notify-status">You will get a notification {when} when the weekly report is ready.</p>;
  return (
    <p class="row">
      <button
        type="button"
        id="notify-button"
        onClick={() => browser.permissions.request(NOTIFICATIONS).then(setGranted, () => setGranted(false))}
      >
        Notify me when the weekly report is ready
      </button>
      <span class="muted small">The report is prepared {when}.</span>
    </p>
  );
}

/** Shown only when stored rows kept their text: without it there is nothing to score again. */
export function RescoreButton({ report, onDone }: { report: WeeklyReport; onDone: () => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const withText = report.replies.filter((row) => row.text !== undefined);
  if (withText.length === 0) return null;
  const rescore = async () => {
    setStatus('Re-scoring…');
    try {
      // Loaded on demand: the scorer is not needed just to read a report.
      const [{ rescoreRows }, { ProbeDatabase }] = await Promise.all([import('./rescore'), import('../../db')]);
      const db = new ProbeDatabase();
      const count = await rescoreRows(db, withText);
      db.close();
      setStatus(`Re-scored ${count} ${count === 1 ? 'reply' : 'replies'} with the current scorer.`);
      onDone();
    } catch (error) {
      setStatus(`Could not re-score: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <p class="row">
      <button type="button" id="rescore-button" onClick={rescore}>
        Re-score this {report.period.kind === 'week' ? 'week' : 'period'} with the current scorer
      </button>
      <span class="muted small" role="status">
        {status ?? `${withText.length} stored ${withText.length === 1 ? 'reply has' : 'replies have'} text; the figures change only if you do this.`}
      </span>
    </p>
  );
}
