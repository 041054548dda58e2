import type { ReportPeriod } from './period';

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** "sycophancy-report-2026-W47.html"; a date range gives "sycophancy-report-2026-11-01_2026-11-10.md". */
export function reportFileName(period: Pick<ReportPeriod, 'id'>, format: ReportFormat): string {
  return `sycophancy-report-${period.id.replace('..', '_')}.${format}`;
}
