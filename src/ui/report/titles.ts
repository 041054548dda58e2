// The period's name in the page's language, for the document title and the page's own controls.
import type { ReportPeriod } from '../../report';
import { currentLanguage, t } from '../../i18n/browser';

/** "Week 47, 2026" for "2026-W47". */
export function weekName(id: string): string {
  return t('reportWeekName', [Number(id.slice(6)), id.slice(0, 4)]);
}

/** The week's name, or the range's days ("16 – 20 Nov 2026") as the page's language writes them. */
export function periodName(period: ReportPeriod): string {
  if (period.kind === 'week') return weekName(period.id);
  const format = new Intl.DateTimeFormat(currentLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(Date.parse(`${period.from}T00:00:00Z`), Date.parse(`${period.to}T00:00:00Z`));
}
