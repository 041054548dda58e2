import { useEffect, useState } from 'preact/hooks';
import type { PeriodSpec, ReportPeriod } from '../../report';
import { t } from '../../i18n/browser';
import { shiftPeriod } from './page-query';

interface Props {
  period: ReportPeriod;
  /** Whether the next period has started (there is nothing to show after today). */
  hasNext: boolean;
  onChoose: (period: PeriodSpec) => void;
}

/** Week input, previous/next, and a free date range. Firefox shows the week input as text ("2026-W47"). */
export function PeriodPicker({ period, hasNext, onChoose }: Props) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
  }, [period.from, period.to]);
  const week = period.kind === 'week';

  return (
    <div class="picker">
      <div class="row">
        <button type="button" id="previous-period" onClick={() => onChoose(shiftPeriod(period, -1))}>
          {t(week ? 'reportPreviousWeek' : 'reportPreviousPeriod')}
        </button>
        <label>
          {t('reportIsoWeek')}{' '}
          <input
            type="week"
            id="week-input"
            placeholder="2026-W47"
            pattern="\d{4}-W\d{2}"
            value={week ? period.id : ''}
            onChange={(e) => {
              const value = e.currentTarget.value.trim();
              if (value) onChoose(value);
            }}
          />
        </label>
        <button type="button" id="next-period" disabled={!hasNext} onClick={() => onChoose(shiftPeriod(period, 1))}>
          {t(week ? 'reportNextWeek' : 'reportNextPeriod')}
        </button>
      </div>
      <form
        class="row"
        aria-label={t('reportDateRange')}
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) onChoose({ from, to });
        }}
      >
        <label>
          {t('reportFrom')} <input type="date" id="range-from" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('reportTo')} <input type="date" id="range-to" required min={from} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('reportShowRange')}</button>
      </form>
    </div>
  );
}
