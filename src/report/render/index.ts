import type { ReportFormat } from '../filename';
import type { WeeklyReport } from '../types';
import { renderCsv } from './csv';
import { renderHtml } from './html/document';
import { renderMarkdown } from './markdown';

/** The JSON export: the model itself, so other tools can read every figure. */
export function renderJson(report: WeeklyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const RENDERERS: Record<ReportFormat, (report: WeeklyReport) => string> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
};

export function renderReport(report: WeeklyReport, format: ReportFormat): string {
  return RENDERERS[format](report);
}

export { renderCsv, renderHtml, renderMarkdown };
export { Report } from './html/Report';
