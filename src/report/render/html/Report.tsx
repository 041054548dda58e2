import type { WeeklyReport } from '../../types';
import { dayMonth, fullDay, previousLabel, shortDay, shortWeek, thisName } from '../format';
import { footnotes } from '../narrative';
import { BreakdownTable, DimensionTable, Phrases } from './Breakdowns';
import { TrendChart } from './charts';
import { Capitulations, TopReplies } from './Replies';
import { Changes, Header, Kpis } from './Summary';
import { Section } from './Section';

function Footer({ report }: { report: WeeklyReport }) {
  return (
    <footer>
      {footnotes(report).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </footer>
  );
}

/** The whole report. Pure markup from the model: the extension's report page and the HTML export both render it. */
export function Report({ report }: { report: WeeklyReport }) {
  const { period, totals } = report;
  const empty = totals.scored === 0 && totals.unsupported === 0;
  return (
    <main>
      <Header report={report} />
      <Kpis report={report} />
      {empty ? (
        <section class="empty">
          <h2>Nothing to report {thisName(period)}</h2>
          <p class="muted">
            Replies are scored as you chat on a supported site, or when you import a data export. The trend below shows the weeks before it.
          </p>
        </section>
      ) : (
        <Changes report={report} />
      )}
      {!empty && (
        <Section id="days" title="Day by day">
          <TrendChart id="days" shape="bars" unit="Day" title={`Average score and share flagged per day, ${thisName(period)}`} points={report.days} labelOf={period.kind === 'week' ? shortDay : dayMonth} nameOf={fullDay} />
        </Section>
      )}
      <Section id="weeks" title="Last 12 weeks">
        <TrendChart id="weeks" shape="lines" unit="Week" title="Average score and share flagged per ISO week, last 12 weeks" points={report.weeks} labelOf={shortWeek} nameOf={(w) => w} />
      </Section>
      {!empty && (
        <>
          <DimensionTable dimensions={report.dimensions} previous={previousLabel(period)} />
          <div class="grid2">
            <BreakdownTable id="sites" title="By site" keyLabel="Site" rows={report.bySite} />
            <BreakdownTable id="models" title="By model" keyLabel="Model" rows={report.byModel} />
          </div>
          <Phrases phrases={report.phrases} />
          <TopReplies replies={report.topReplies} />
          <Capitulations replies={report.capitulations} total={totals.capitulations} />
        </>
      )}
      <Footer report={report} />
    </main>
  );
}
