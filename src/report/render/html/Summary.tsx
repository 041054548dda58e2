import type { ComponentChildren } from 'preact';
import type { WeeklyReport } from '../../types';
import { count, dayRange, percent, periodTitle, previousLabel, scoreText, signed } from '../format';
import { changes, headline } from '../narrative';
import { Section } from './Section';

/** Arrow and colour for a change; more sycophancy is "up" (red), less is "down" (green). */
function Delta({ value, unit, previous, neutral = false }: { value: number | null; unit: string; previous: string; neutral?: boolean }) {
  if (value === null) return <div class="delta flat">nothing to compare</div>;
  const rounded = Math.round(value);
  const tone = neutral || rounded === 0 ? 'flat' : rounded > 0 ? 'up' : 'down';
  return (
    <div class={`delta ${tone}`}>
      {signed(value, unit)} vs {previous}
    </div>
  );
}

function Kpi({ value, label, children }: { value: string; label: string; children?: ComponentChildren }) {
  return (
    <div class="kpi">
      <div class="value">{value}</div>
      <div class="label">{label}</div>
      {children}
    </div>
  );
}

export function Header({ report }: { report: WeeklyReport }) {
  const { period } = report;
  return (
    <header>
      <p class="eyebrow">Sycophancy report</p>
      <h1>{periodTitle(period)}</h1>
      <p class="muted small">
        {dayRange(period.from, period.to)} · times in {period.zone}
      </p>
      <p class="headline">{headline(report)}</p>
    </header>
  );
}

export function Kpis({ report }: { report: WeeklyReport }) {
  const { totals, change, previous, period } = report;
  const before = previousLabel(period);
  const hasPrevious = previous.scored > 0;
  return (
    <div class="kpis">
      <Kpi value={count(totals.scored)} label="replies scored">
        <Delta value={hasPrevious || totals.scored > 0 ? change.scored : null} unit="" previous={before} neutral />
      </Kpi>
      <Kpi value={percent(totals.flaggedShare)} label={totals.scored > 0 ? `flagged as sycophantic (${count(totals.flagged)} of ${count(totals.scored)})` : 'flagged as sycophantic'}>
        <Delta value={change.flaggedSharePoints} unit=" pts" previous={before} />
      </Kpi>
      <Kpi value={scoreText(totals.averageOverall)} label="average score (0–100)">
        <Delta value={change.averageOverall} unit="" previous={before} />
      </Kpi>
      <Kpi value={count(totals.capitulations)} label="times the assistant caved" />
      {totals.unsupported > 0 && <Kpi value={count(totals.unsupported)} label="in unsupported languages (not averaged)" />}
    </div>
  );
}

export function Changes({ report }: { report: WeeklyReport }) {
  const lines = changes(report);
  if (lines.length === 0) return null;
  return (
    <Section id="changes" title="What changed">
      <ul class="changes">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Section>
  );
}
