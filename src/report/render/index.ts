import type { ReportFormat } from '../filename';
import type { WeeklyReport } from '../types';
import { renderCsv } from './csv';
import { renderHtml } from './html/document';
import { renderMarkdown } from './markdown';
import type { RenderOptions } from './text';

/** The JSON export: the model itself, so other tools can read every figure; data, not prose, so in no language. */
export function renderJson(report: WeeklyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const RENDERERS: Record<ReportFormat, (report: WeeklyReport, options: RenderOptions) => string> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
};

/** The report as `format`; HTML and Markdown in `options.language` (default English). */
export function renderReport(report: WeeklyReport, format: ReportFormat, options: RenderOptions = {}): string {
  return RENDERERS[format](report, options);
}

export { renderCsv, renderHtml, renderMarkdown };
export { Report } from './html/Report';
export type { RenderOptions } from './text';
