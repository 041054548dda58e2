import { renderToString } from 'preact-render-to-string';
import type { WeeklyReport } from '../../types';
import { reportText, type RenderOptions } from '../text';
import { Report } from './Report';
import { REPORT_CSS } from './styles';

/** A complete, self-contained page: no scripts, no external resources. */
function ReportDocument({ report, language }: { report: WeeklyReport } & RenderOptions) {
  const text = reportText({ language });
  return (
    <html lang={text.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{text.documentTitle(report.period)}</title>
        {/* Our own constant stylesheet, never user data: inserted raw so CSS selectors are not entity-escaped. */}
        <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      </head>
      <body>
        <Report report={report} language={text.language} />
      </body>
    </html>
  );
}

/** The HTML export: one file that opens offline and prints cleanly. */
export function renderHtml(report: WeeklyReport, options: RenderOptions = {}): string {
  return `<!doctype html>\n${renderToString(<ReportDocument report={report} language={options.language} />)}\n`;
}
