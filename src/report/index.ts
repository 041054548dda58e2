/** The weekly sycophancy report: pure aggregation over stored rows, and renderers for every export format. */
export { buildWeeklyReport, DEFAULT_LIMITS, type ReportLimits, type ReportOptions } from './aggregate';
export { reportFileName, REPORT_FORMATS, type ReportFormat } from './filename';
export { resolvePeriod, type DaySpan, type PeriodSpec, type ReportPeriod } from './period';
export { recordFromScoredLine, type LineResult } from './scored-line';
export type * from './types';
export { systemZone } from './zone';
export { renderCsv, renderHtml, renderJson, renderMarkdown, renderReport, Report } from './render';
export { REPORT_CSS } from './render/html/styles';
