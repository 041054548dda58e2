import { renderReport, reportFileName, type ReportFormat, type WeeklyReport } from '../../report';
import { shownLocale } from '../../i18n/browser';

const MIME: Record<ReportFormat, string> = {
  html: 'text/html',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
};

/**
 * Saves the report as a file through a Blob link: no `downloads` permission, works in Chrome and
 * Firefox. In the page's language, as the page shows it.
 */
export function downloadReport(report: WeeklyReport, format: ReportFormat): void {
  const blob = new Blob([renderReport(report, format, { language: shownLocale() })], { type: `${MIME[format]};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(report.period, format);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after click() returns; revoke once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
