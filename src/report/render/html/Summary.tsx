import type { ComponentChildren } from 'preact';
import type { WeeklyReport } from '../../types';
import { changes, headline } from '../narrative';
import type { ReportText } from '../text';
import { Section } from './Section';

/** Arrow and colour for a change; more sycophancy is "up" (red), less is "down" (green). */
function Delta({ value, points = false, previous, neutral = false, text }: { value: number | null; points?: boolean; previous: string; neutral?: boolean; text: ReportText }) {
  if (value === null) return <div class="delta flat">{text.t('reportDeltaNone')}</div>;
  const rounded = Math.round(value);
  const tone = neutral || rounded === 0 ? 'flat' : rounded > 0 ? 'up' : 'down';
  return <div class={`delta ${tone}`}>{text.t('reportDeltaVs', [points ? text.signedPoints(value) : text.signed(value), previous])}</div>;
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

export function Header({ report, text }: { report: WeeklyReport; text: ReportText }) {
  const { period } = report;
  return (
    <header>
      <p class="eyebrow">{text.t('reportBodyEyebrow')}</p>
      <h1>{text.periodTitle(period)}</h1>
      <p class="muted small">{text.t('reportBodyTimesIn', [text.dayRange(period.from, period.to), period.zone])}</p>
      <p class="headline">{headline(report, text)}</p>
    </header>
  );
}

export function Kpis({ report, text }: { report: WeeklyReport; text: ReportText }) {
  const { totals, change, previous, period } = report;
  const before = text.previousLabel(period);
  const hasPrevious = previous.scored > 0;
  const flaggedLabel = totals.scored > 0 ? text.t('reportKpiFlaggedOf', [text.count(totals.flagged), text.count(totals.scored)]) : text.t('reportKpiFlagged');
  return (
    <div class="kpis">
      <Kpi value={text.count(totals.scored)} label={text.t('reportKpiScored')}>
        <Delta value={hasPrevious || totals.scored > 0 ? change.scored : null} previous={before} neutral text={text} />
      </Kpi>
      <Kpi value={text.percent(totals.flaggedShare)} label={flaggedLabel}>
        <Delta value={change.flaggedSharePoints} points previous={before} text={text} />
      </Kpi>
      <Kpi value={text.score(totals.averageOverall)} label={text.t('reportKpiAverage')}>
        <Delta value={change.averageOverall} previous={before} text={text} />
      </Kpi>
      <Kpi value={text.count(totals.capitulations)} label={text.t('reportKpiCaved')} />
      {totals.unsupported > 0 && <Kpi value={text.count(totals.unsupported)} label={text.t('reportKpiUnsupported')} />}
    </div>
  );
}

export function Changes({ report, text }: { report: WeeklyReport; text: ReportText }) {
  const lines = changes(report, text);
  if (lines.length === 0) return null;
  return (
    <Section id="changes" title={text.t('reportSectionChanges')}>
      <ul class="changes">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Section>
  );
}
