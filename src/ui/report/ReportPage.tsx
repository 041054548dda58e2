import { useCallback, useEffect, useState } from 'preact/hooks';
import { ProbeDatabase } from '../../db';
import { Report, type PeriodSpec, type WeeklyReport } from '../../report';
import { useJob } from '../history/use-job';
import { currentLanguage, shownLocale, t } from '../../i18n/browser';
import { ExportButtons, NotifyButton, RescoreButton } from './Actions';
import { loadReport } from '../../db/report-rows';
import { queryFromSearch, searchFromQuery, type PageQuery } from './page-query';
import { PeriodPicker } from './PeriodPicker';
import { ReportImport } from './ReportImport';
import { periodName } from './titles';

/** "partial": the period's own figures are in, the 12-week trend is still being read. */
type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'partial' | 'ready'; report: WeeklyReport };

function currentQuery(): PageQuery {
  return queryFromSearch(location.search);
}

export function ReportPage() {
  const [query, setQuery] = useState<PageQuery>(currentQuery);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const onPop = () => setQuery(currentQuery());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    let live = true;
    const db = new ProbeDatabase();
    setState((previous) => (previous.kind === 'ready' ? previous : { kind: 'loading' }));
    const onHeadline = (report: WeeklyReport) => live && setState({ kind: 'partial', report });
    loadReport(db, { now: Date.now(), ...query }, onHeadline)
      .then(
        (report): State => ({ kind: 'ready', report }),
        (error: unknown): State => ({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .then((next) => {
        if (live) setState(next);
        db.close();
      });
    return () => {
      live = false;
    };
  }, [query, version]);

  const report = state.kind === 'ready' || state.kind === 'partial' ? state.report : null;
  // The page is drawn again when the language changes; the title follows it.
  const language = currentLanguage();
  useEffect(() => {
    if (report) document.title = t('reportDocumentTitle', periodName(report.period));
  }, [report, language]);

  const choose = useCallback(
    (period: PeriodSpec) => {
      const next = { ...query, period };
      history.pushState(null, '', `${location.pathname}${searchFromQuery(next)}`);
      setQuery(next);
    },
    [query],
  );
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // After an import (whatever its outcome) the report is read again, so imported replies show.
  const job = useJob(reload);

  return (
    <div class="page" data-state={state.kind}>
      <header class="toolbar" aria-label={t('reportControls')}>
        <div class="panel">
          {report && (
            <>
              <PeriodPicker period={report.period} hasNext={report.period.end <= Date.now()} onChoose={choose} />
              <ExportButtons report={report} pending={state.kind === 'partial'} />
              <RescoreButton report={report} onDone={reload} />
            </>
          )}
          <ReportImport job={job} period={report?.period ?? null} onChoose={choose} />
          <NotifyButton />
          <p class="small">
            <a href="history.html">{t('reportHistoryLink')}</a>
          </p>
        </div>
      </header>
      {state.kind === 'loading' && (
        <main aria-busy="true">
          <p class="muted">{t('reportLoading')}</p>
        </main>
      )}
      {state.kind === 'error' && (
        <main>
          <p role="alert" class="error">
            {t('reportFailed', state.message)}
          </p>
          <p>
            <a href="report.html">{t('reportLastWeek')}</a>
          </p>
        </main>
      )}
      {/* The report in the page's language; src/report/render falls back to English for a language it does not ship. */}
      {report && (
        <div class="report-body" lang={shownLocale()}>
          <Report report={report} language={shownLocale()} />
        </div>
      )}
    </div>
  );
}
