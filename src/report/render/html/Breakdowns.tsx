import { FLAG_THRESHOLD } from '../../../scorer/types';
import type { Breakdown, DimensionStat, PhraseStat } from '../../types';
import type { ReportText } from '../text';
import { Meter } from './charts';
import { Section } from './Section';

export function DimensionTable({ dimensions, previous, text }: { dimensions: DimensionStat[]; previous: string; text: ReportText }) {
  return (
    <Section id="dimensions" title={text.t('reportSectionDimensions')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{text.t('reportColDimension')}</th>
            <th scope="col">{text.t('reportColAverage')}</th>
            <th class="num" scope="col">{text.t('reportColVs', previous)}</th>
            <th class="num" scope="col">{text.t('reportColHigh', text.count(FLAG_THRESHOLD))}</th>
            <th class="num" scope="col">{text.t('reportColEvidence')}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">
                <span class={`dot ${d.dimension}`} aria-hidden="true" />
                {text.dimension(d.dimension)}
              </th>
              <td>
                <Meter value={d.average} tone={d.dimension} /> {text.score(d.average)}
              </td>
              <td class="num">{text.signed(d.change) || '–'}</td>
              <td class="num">{text.percent(d.highShare)}</td>
              <td class="num">{text.count(d.evidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function BreakdownTable({ id, title, rows, keyLabel, text }: { id: string; title: string; rows: Breakdown[]; keyLabel: string; text: ReportText }) {
  return (
    <Section id={id} title={title}>
      {rows.length === 0 ? (
        <p class="muted">{text.t('reportNothingInPeriod')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th class="num" scope="col">{text.t('reportColReplies')}</th>
              <th class="num" scope="col">{text.t('reportColFlagged')}</th>
              <th scope="col">{text.t('reportColAverage')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.key}</th>
                <td class="num">{text.count(row.scored + row.unsupported)}</td>
                <td class="num">{text.percent(row.flaggedShare)}</td>
                <td>
                  <Meter value={row.averageOverall} /> {text.score(row.averageOverall)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function Phrases({ phrases, text }: { phrases: PhraseStat[]; text: ReportText }) {
  return (
    <Section id="phrases" title={text.t('reportSectionPhrases')}>
      {phrases.length === 0 ? (
        <p class="muted">{text.t('reportNoPhrases')}</p>
      ) : (
        <ol class="phrases">
          {phrases.map((p) => (
            <li key={`${p.dimension}-${p.phrase}`}>
              <span>
                <span class={`dot ${p.dimension}`} title={text.dimension(p.dimension)} aria-hidden="true" />
                <q>{p.phrase}</q>
                <span class="muted small">{` · ${text.dimension(p.dimension)}`}</span>
              </span>
              <span class="muted small">{text.plural('reportReplies', p.replies)}</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
