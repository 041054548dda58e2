import { useEffect, useState } from 'preact/hooks';
import type { PeriodSpec, ReportPeriod } from '../../report';
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
  const unit = period.kind === 'week' ? 'week' : 'period';

  return (
    <div class="picker">
      <div class="row">
        <button type="button" id="previous-period" onClick={() => onChoose(shiftPeriod(period, -1))}>
          ← Previous {unit}
        </button>
        <label>
          ISO week{' '}
          <input
            type="week"
            id="week-input"
            placeholder="2026-W47"
            pattern="\d{4}-W\d{2}"
            value={period.kind === 'week' ? period.id : ''}
            onChange={(e) => {
              const value = e.currentTarget.value.trim();
              if (value) onChoose(value);
            }}
          />
        </label>
        <button type="button" id="next-period" disabled={!hasNext} onClick={() => onChoose(shiftPeriod(period, 1))}>
          Next {unit} →
        </button>
      </div>
      <form
        class="row"
        aria-label="Date range"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) onChoose({ from, to });
        }}
      >
        <label>
          From <input type="date" id="range-from" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          to <input type="date" id="range-to" required min={from} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit">Show these days</button>
      </form>
    </div>
  );
}
