import type { TrendPoint } from '../../types';
import { FLAG_THRESHOLD } from '../../../scorer/types';
import { percent, scoreText } from '../format';

const WIDTH = 720;
const HEIGHT = 210;
const TOP = 12;
const LEFT = 30;
const PLOT_HEIGHT = 150;
const GRID = [0, 50, 100];
const MAX_LABELS = 14;

/** 0–100 → y in the plot. Both series (average score, % flagged) share this scale. */
const y = (value: number) => TOP + PLOT_HEIGHT * (1 - Math.max(0, Math.min(100, value)) / 100);

interface TrendChartProps {
  id: string;
  title: string;
  points: TrendPoint[];
  /** Axis label for a point ("Mon 16", "W47"). */
  labelOf: (label: string) => string;
  /** Reads a point's label aloud in full, for the text alternative. */
  nameOf: (label: string) => string;
  /** Header of the table's first column: "Day" or "Week". */
  unit: string;
}

/** One sentence per point: the chart's text alternative. */
function describe(points: TrendPoint[], nameOf: (label: string) => string): string {
  return points
    .map((p) =>
      p.scored === 0
        ? `${nameOf(p.label)}: nothing scored`
        : `${nameOf(p.label)}: average ${scoreText(p.averageOverall)}, ${percent(p.flaggedShare)} flagged of ${p.scored}`,
    )
    .join('; ');
}

/** Paired bars per day or week: average score and share flagged, on one 0–100 scale, with the data as a table. */
export function TrendChart({ id, title, points, labelOf, nameOf, unit }: TrendChartProps) {
  const step = (WIDTH - LEFT) / Math.max(points.length, 1);
  const bar = Math.min(22, step * 0.3);
  // Long date ranges: label every k-th bar so axis text never overlaps.
  const labelEvery = Math.ceil(points.length / MAX_LABELS);
  return (
    <figure>
      <div class="legend" aria-hidden="true">
        <span><span class="swatch avg" />Average score</span>
        <span><span class="swatch share" />% flagged</span>
      </div>
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe(points, nameOf)}</desc>
        {GRID.map((value) => (
          <g key={value}>
            <line class="grid" x1={LEFT} x2={WIDTH} y1={y(value)} y2={y(value)} />
            <text x={LEFT - 6} y={y(value) + 4} text-anchor="end">{value}</text>
          </g>
        ))}
        {points.map((p, i) => {
          const centre = LEFT + step * (i + 0.5);
          return (
            <g key={p.label}>
              {p.scored === 0 ? (
                <text class="none" x={centre} y={y(0) - 6} text-anchor="middle">–</text>
              ) : (
                <>
                  <rect class="avg" x={centre - bar - 1} y={y(p.averageOverall ?? 0)} width={bar} height={y(0) - y(p.averageOverall ?? 0)} rx="2" />
                  <rect class="share" x={centre + 1} y={y((p.flaggedShare ?? 0) * 100)} width={bar} height={y(0) - y((p.flaggedShare ?? 0) * 100)} rx="2" />
                </>
              )}
              {i % labelEvery === 0 && (
                <>
                  <text x={centre} y={y(0) + 18} text-anchor="middle">{labelOf(p.label)}</text>
                  {labelEvery === 1 && p.scored > 0 && <text x={centre} y={y(0) + 34} text-anchor="middle">{`n=${p.scored}`}</text>}
                </>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr><th scope="col">{unit}</th><th class="num" scope="col">Scored</th><th class="num" scope="col">Flagged</th><th class="num" scope="col">Average</th></tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{nameOf(p.label)}</th>
                <td class="num">{p.scored}</td>
                <td class="num">{p.scored === 0 ? '–' : `${p.flagged} (${percent(p.flaggedShare)})`}</td>
                <td class="num">{scoreText(p.averageOverall)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <figcaption>
        Average overall score and share of replies flagged (score ≥ {FLAG_THRESHOLD}); n = replies scored; “–” = nothing scored.
      </figcaption>
    </figure>
  );
}

/** A small horizontal 0–100 bar beside a figure in a table; decorative, the number is the text. */
export function Meter({ value, tone = '' }: { value: number | null; tone?: string }) {
  const width = Math.max(0, Math.min(100, value ?? 0));
  return (
    <svg class="meter" viewBox="0 0 100 8" aria-hidden="true" preserveAspectRatio="none">
      <rect class="track" width="100" height="8" rx="4" />
      {value !== null && <rect class={`fill ${tone}`} width={width} height="8" rx="4" />}
    </svg>
  );
}
