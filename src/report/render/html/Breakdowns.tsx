import { FLAG_THRESHOLD } from '../../../scorer/types';
import type { Breakdown, DimensionStat, PhraseStat } from '../../types';
import { DIMENSION_LABELS, percent, plural, scoreText, signed } from '../format';
import { Meter } from './charts';
import { Section } from './Section';

export function DimensionTable({ dimensions, previous }: { dimensions: DimensionStat[]; previous: string }) {
  return (
    <Section id="dimensions" title="By dimension">
      <table>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Average</th>
            <th class="num" scope="col">vs {previous}</th>
            <th class="num" scope="col">High (≥ {FLAG_THRESHOLD})</th>
            <th class="num" scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">
                <span class={`dot ${d.dimension}`} aria-hidden="true" />
                {DIMENSION_LABELS[d.dimension]}
              </th>
              <td>
                <Meter value={d.average} tone={d.dimension} /> {scoreText(d.average)}
              </td>
              <td class="num">{signed(d.change) || '–'}</td>
              <td class="num">{percent(d.highShare)}</td>
              <td class="num">{d.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function BreakdownTable({ id, title, rows, keyLabel }: { id: string; title: string; rows: Breakdown[]; keyLabel: string }) {
  return (
    <Section id={id} title={title}>
      {rows.length === 0 ? (
        <p class="muted">Nothing in this period.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th class="num" scope="col">Replies</th>
              <th class="num" scope="col">Flagged</th>
              <th scope="col">Average</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.key}</th>
                <td class="num">{row.scored + row.unsupported}</td>
                <td class="num">{percent(row.flaggedShare)}</td>
                <td>
                  <Meter value={row.averageOverall} /> {scoreText(row.averageOverall)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function Phrases({ phrases }: { phrases: PhraseStat[] }) {
  return (
    <Section id="phrases" title="Phrases that drove the scores">
      {phrases.length === 0 ? (
        <p class="muted">No evidence phrases in this period.</p>
      ) : (
        <ol class="phrases">
          {phrases.map((p) => (
            <li key={`${p.dimension}-${p.phrase}`}>
              <span>
                <span class={`dot ${p.dimension}`} title={DIMENSION_LABELS[p.dimension]} aria-hidden="true" />
                <q>{p.phrase}</q>
                <span class="muted small"> · {DIMENSION_LABELS[p.dimension].toLowerCase()}</span>
              </span>
              <span class="muted small">{plural(p.replies, 'reply', 'replies')}</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
