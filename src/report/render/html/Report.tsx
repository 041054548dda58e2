import type { WeeklyReport } from '../../types';
import { shortWeek } from '../format';
import { footnotes } from '../narrative';
import { reportText, type RenderOptions, type ReportText } from '../text';
import { BreakdownTable, DimensionTable, Phrases } from './Breakdowns';
import { TrendChart } from './charts';
import { Capitulations, TopReplies } from './Replies';
import { Changes, Header, Kpis } from './Summary';
import { Section } from './Section';

function Footer({ report, text }: { report: WeeklyReport; text: ReportText }) {
  return (
    <footer>
      {footnotes(report, text).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </footer>
  );
}

/**
 * The whole report in `language` (default English). Pure markup from the model: the extension's
 * report page and the HTML export both render it.
 */
export function Report({ report, language }: { report: WeeklyReport } & RenderOptions) {
  const text = reportText({ language });
  const { period, totals } = report;
  const empty = totals.scored === 0 && totals.unsupported === 0;
  const dayLabel = (day: string) => (period.kind === 'week' ? text.shortDay(day) : text.dayMonth(day));
  return (
    <main>
      <Header report={report} text={text} />
      <Kpis report={report} text={text} />
      {empty ? (
        <section class="empty">
          <h2>{text.t('reportNothingToReport', text.thisName(period))}</h2>
          <p class="muted">{text.t('reportEmptyHint')}</p>
        </section>
      ) : (
        <Changes report={report} text={text} />
      )}
      {!empty && (
        <Section id="days" title={text.t('reportSectionDays')}>
          <TrendChart id="days" shape="bars" unit={text.t('reportColDay')} title={text.t('reportChartDays', text.thisName(period))} points={report.days} labelOf={dayLabel} nameOf={(day) => text.fullDay(day)} text={text} />
        </Section>
      )}
      <Section id="weeks" title={text.t('reportSectionWeeks')}>
        <TrendChart id="weeks" shape="lines" unit={text.t('reportColWeek')} title={text.t('reportChartWeeks')} points={report.weeks} labelOf={shortWeek} nameOf={(w) => w} text={text} />
      </Section>
      {!empty && (
        <>
          <DimensionTable dimensions={report.dimensions} previous={text.previousLabel(period)} text={text} />
          <div class="grid2">
            <BreakdownTable id="sites" title={text.t('reportSectionSites')} keyLabel={text.t('reportColSite')} rows={report.bySite} text={text} />
            <BreakdownTable id="models" title={text.t('reportSectionModels')} keyLabel={text.t('reportColModel')} rows={report.byModel} text={text} />
          </div>
          <Phrases phrases={report.phrases} text={text} />
          <TopReplies replies={report.topReplies} text={text} />
          <Capitulations replies={report.capitulations} total={totals.capitulations} text={text} />
        </>
      )}
      <Footer report={report} text={text} />
    </main>
  );
}
