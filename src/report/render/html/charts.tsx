import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendPoint } from '../../types';
import { FLAG_THRESHOLD } from '../../../scorer/types';
import type { ReportText } from '../text';

const WIDTH = 720;
const HEIGHT = 210;
const TOP = 12;
const LEFT = 30;
const PLOT_HEIGHT = 150;
const MAX_LABELS = 14;

/** 0–100 → y in the plot. Both series (average score, % flagged) share this scale. */
const y = scaleLinear().domain([0, 100]).range([TOP + PLOT_HEIGHT, TOP]).clamp(true);
const GRID = y.ticks(2);

type Series = (point: TrendPoint) => number | null;
const averageOf: Series = (p) => (p.scored === 0 ? null : p.averageOverall);
const flaggedPercentOf: Series = (p) => (p.scored === 0 || p.flaggedShare === null ? null : p.flaggedShare * 100);

interface TrendChartProps {
  id: string;
  title: string;
  points: TrendPoint[];
  /** Bars for the days of one period; lines for a run of weeks, where the trend is the point. */
  shape: 'bars' | 'lines';
  /** Axis label for a point ("Mon 16", "W47"). */
  labelOf: (label: string) => string;
  /** Reads a point's label aloud in full, for the text alternative. */
  nameOf: (label: string) => string;
  /** Header of the table's first column: "Day" or "Week". */
  unit: string;
  text: ReportText;
}

type Band = ScaleBand<string>;
const centreOf = (x: Band, p: TrendPoint) => (x(p.label) ?? 0) + x.bandwidth() / 2;

/** Paired bars per point: average score and share flagged. */
function Bars({ x, points }: { x: Band; points: TrendPoint[] }) {
  const bar = Math.min(22, x.bandwidth() * 0.3);
  const column = (p: TrendPoint, series: Series, className: string, left: number) => {
    const value = series(p) ?? 0;
    return <rect class={className} x={left} y={y(value)} width={bar} height={y(0) - y(value)} rx="2" />;
  };
  return (
    <>
      {points.map((p) => {
        const centre = centreOf(x, p);
        if (p.scored === 0) return <text key={p.label} class="none" x={centre} y={y(0) - 6} text-anchor="middle">–</text>;
        return (
          <g key={p.label}>
            {column(p, averageOf, 'avg', centre - bar - 1)}
            {column(p, flaggedPercentOf, 'share', centre + 1)}
          </g>
        );
      })}
    </>
  );
}

/** One line per series, broken where nothing was scored, with a dot on every point that has a value. */
function Lines({ x, points }: { x: Band; points: TrendPoint[] }) {
  const trace = (series: Series, className: string) => {
    const path = line<TrendPoint>()
      .defined((p) => series(p) !== null)
      .x((p) => centreOf(x, p))
      .y((p) => y(series(p) ?? 0))(points);
    return (
      <g class={className}>
        {path && <path d={path} />}
        {points.map((p) => {
          const value = series(p);
          return value === null ? null : <circle key={p.label} cx={centreOf(x, p)} cy={y(value)} r="3" />;
        })}
      </g>
    );
  };
  return (
    <>
      {trace(averageOf, 'avg line')}
      {trace(flaggedPercentOf, 'share line')}
      {points.map((p) =>
        p.scored === 0 ? <text key={p.label} class="none" x={centreOf(x, p)} y={y(0) - 6} text-anchor="middle">–</text> : null,
      )}
    </>
  );
}

/** One sentence per point: the chart's text alternative. */
function describe(points: TrendPoint[], nameOf: (label: string) => string, text: ReportText): string {
  return points
    .map((p) =>
      p.scored === 0
        ? text.t('reportPointNone', nameOf(p.label))
        : text.t('reportPointFigures', [nameOf(p.label), text.score(p.averageOverall), text.percent(p.flaggedShare), text.count(p.scored)]),
    )
    .join('; ');
}

/** A trend on one 0–100 scale (average score, % flagged), with the data as a table. */
export function TrendChart({ id, title, points, shape, labelOf, nameOf, unit, text }: TrendChartProps) {
  const x = scaleBand<string>()
    .domain(points.map((p) => p.label))
    .range([LEFT, WIDTH]);
  // Long date ranges: label every k-th point so axis text never overlaps.
  const labelEvery = Math.ceil(points.length / MAX_LABELS);
  return (
    <figure>
      <div class="legend" aria-hidden="true">
        <span><span class="swatch avg" />{text.t('reportLegendAverage')}</span>
        <span><span class="swatch share" />{text.t('reportLegendFlagged')}</span>
      </div>
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe(points, nameOf, text)}</desc>
        {GRID.map((value) => (
          <g key={value}>
            <line class="grid" x1={LEFT} x2={WIDTH} y1={y(value)} y2={y(value)} />
            <text x={LEFT - 6} y={y(value) + 4} text-anchor="end">{value}</text>
          </g>
        ))}
        {shape === 'bars' ? <Bars x={x} points={points} /> : <Lines x={x} points={points} />}
        {points.map((p, i) =>
          i % labelEvery === 0 ? (
            <g key={p.label}>
              <text x={centreOf(x, p)} y={y(0) + 18} text-anchor="middle">{labelOf(p.label)}</text>
              {labelEvery === 1 && p.scored > 0 && <text x={centreOf(x, p)} y={y(0) + 34} text-anchor="middle">{`n=${text.count(p.scored)}`}</text>}
            </g>
          ) : null,
        )}
      </svg>
      <details>
        <summary>{text.t('reportShowTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{unit}</th>
              <th class="num" scope="col">{text.t('reportColScored')}</th>
              <th class="num" scope="col">{text.t('reportColFlagged')}</th>
              <th class="num" scope="col">{text.t('reportColAverage')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.label}>
                <th scope="row">{nameOf(p.label)}</th>
                <td class="num">{text.count(p.scored)}</td>
                <td class="num">{p.scored === 0 ? '–' : `${text.count(p.flagged)} (${text.percent(p.flaggedShare)})`}</td>
                <td class="num">{text.score(p.averageOverall)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <figcaption>{text.t('reportChartCaption', text.count(FLAG_THRESHOLD))}</figcaption>
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
