import { useCallback, useEffect, useState } from 'preact/hooks';
import { ProbeDatabase } from '../../db';
import { Report, type PeriodSpec, type WeeklyReport } from '../../report';
import { periodTitle } from '../../report/render/format';
import { ExportButtons, NotifyButton, RescoreButton } from './Actions';
import { loadReport } from './load-rows';
import { queryFromSearch, searchFromQuery, type PageQuery } from './page-query';
import { PeriodPicker } from './PeriodPicker';

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
  useEffect(() => {
    if (report) document.title = `Sycophancy report · ${periodTitle(report.period)}`;
  }, [report]);

  const choose = useCallback(
    (period: PeriodSpec) => {
      const next = { ...query, period };
      history.pushState(null, '', `${location.pathname}${searchFromQuery(next)}`);
      setQuery(next);
    },
    [query],
  );
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return (
    <div class="page" data-state={state.kind}>
      <header class="toolbar" aria-label="Report controls">
        <div class="panel">
          {report && (
            <>
              <PeriodPicker period={report.period} hasNext={report.period.end <= Date.now()} onChoose={choose} />
              <ExportButtons report={report} pending={state.kind === 'partial'} />
              <RescoreButton report={report} onDone={reload} />
            </>
          )}
          <NotifyButton />
          <p class="small">
            <a href="history.html">Import a data export / back up your history</a>
          </p>
        </div>
      </header>
      {state.kind === 'loading' && <main aria-busy="true"><p class="muted">Reading your history…</p></main>}
      {state.kind === 'error' && (
        <main>
          <p role="alert" class="error">Could not show this report: {state.message}</p>
          <p>
            <a href="report.html">Show the last complete week</a>
          </p>
        </main>
      )}
      {report && <Report report={report} />}
    </div>
  );
}
