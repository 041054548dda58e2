import type { PeriodSpec, ReportPeriod } from '../../report';
import { formatIsoWeek, isoWeekOf } from '../../report/calendar';
import { localDay } from '../../report/period';
import { t } from '../../i18n/browser';
import { ExportImport } from '../history/ExportImport';
import type { JobControls } from '../history/use-job';
import { weekName } from './titles';

/**
 * The history page's import (same worker, progress, cancel and summary) above the report. The page
 * reads the report again after every import; when the newest imported reply falls outside the
 * period on screen, a button goes to its week.
 */
export function ReportImport({ job, period, onChoose }: { job: JobControls; period: ReportPeriod | null; onChoose: (period: PeriodSpec) => void }) {
  const { state } = job;
  const newest = state.status === 'done' && state.kind === 'import' ? state.result.newest : null;
  const shown = newest !== null && period !== null && newest >= period.start && newest < period.end;
  const week = newest !== null && period !== null && !shown ? formatIsoWeek(isoWeekOf(localDay(period.zone, newest))) : null;
  return (
    <div class="report-import">
      <ExportImport job={job} label={t('reportImport')} hint={t('reportImportHint')} />
      {week && (
        <p class="row">
          <button type="button" id="show-imported-week" onClick={() => onChoose(week)}>
            {t('reportShowImportedWeek', weekName(week))}
          </button>
        </p>
      )}
    </div>
  );
}
