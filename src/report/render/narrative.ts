import type { Breakdown, WeeklyReport } from '../types';
import { DIMENSION_LABELS, percent, periodInSentence, plural, previousName, scoreText, thisName, weekdayName } from './format';

/** The one sentence a reader should take away. */
export function headline(report: WeeklyReport): string {
  const { totals, period } = report;
  const when = periodInSentence(period);
  if (totals.scored === 0) {
    const unsupported = totals.unsupported > 0 ? ` (${plural(totals.unsupported, 'reply', 'replies')} came in languages the scorer does not support)` : '';
    return `No replies were scored ${when}${unsupported}.`;
  }
  if (totals.scored === 1) {
    return `The one reply scored ${when} ${totals.flagged === 1 ? 'was' : 'was not'} flagged as sycophantic (score ${scoreText(totals.averageOverall)}/100).`;
  }
  if (totals.flagged === 0) {
    return `None of the ${plural(totals.scored, 'reply', 'replies')} scored ${when} was flagged as sycophantic; the average score was ${scoreText(totals.averageOverall)}/100.`;
  }
  return (
    `${percent(totals.flaggedShare)} of the ${plural(totals.scored, 'reply', 'replies')} scored ${when} ` +
    // The subject is "N% of the replies": plural even when one reply was flagged.
    `were flagged as sycophantic, with an average score of ${scoreText(totals.averageOverall)}/100.`
  );
}

function direction(points: number, up: string, down: string): string {
  return points > 0 ? up : down;
}

function changeSentence(report: WeeklyReport): string {
  const { change, previous, period } = report;
  const before = previousName(period);
  if (previous.scored === 0) return `Nothing was scored ${before}, so there is no change to show yet.`;
  const parts: string[] = [];
  const share = change.flaggedSharePoints ?? 0;
  parts.push(
    Math.round(share) === 0
      ? `The flagged share held steady (${percent(previous.flaggedShare)} ${before})`
      : `The flagged share ${direction(share, 'rose', 'fell')} by ${Math.abs(Math.round(share))} points from ${percent(previous.flaggedShare)} ${before}`,
  );
  const average = change.averageOverall ?? 0;
  parts.push(
    Math.round(average) === 0
      ? 'the average score was unchanged'
      : `the average score ${direction(average, 'rose', 'fell')} from ${scoreText(previous.averageOverall)} to ${scoreText(report.totals.averageOverall)}`,
  );
  return `${parts.join(' and ')}.`;
}

function worst(items: Breakdown[], what: string): string | null {
  const scored = items.filter((item) => item.scored > 0 && item.key !== 'unknown');
  if (scored.length < 2) return null;
  const top = [...scored].sort((a, b) => (b.averageOverall ?? 0) - (a.averageOverall ?? 0))[0] as Breakdown;
  return `Among ${what}, ${top.key} scored highest on average (${scoreText(top.averageOverall)}, ${percent(top.flaggedShare)} flagged).`;
}

/** "What changed": short, plain sentences, the most telling first. Empty when there is nothing to say. */
export function changes(report: WeeklyReport): string[] {
  const { totals, period } = report;
  if (totals.scored === 0) return [];
  const lines = [changeSentence(report)];
  const movers = report.dimensions.filter((d) => d.change !== null && Math.round(d.change) !== 0);
  const mover = movers.sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))[0];
  if (mover && mover.change !== null) {
    lines.push(
      `${DIMENSION_LABELS[mover.dimension]} moved the most: ${direction(mover.change, 'up', 'down')} ${Math.abs(Math.round(mover.change))} to an average of ${scoreText(mover.average)}.`,
    );
  } else {
    const strongest = [...report.dimensions].sort((a, b) => (b.average ?? -1) - (a.average ?? -1))[0];
    if (strongest && strongest.average !== null) {
      lines.push(`${DIMENSION_LABELS[strongest.dimension]} was the strongest signal ${thisName(period)} (average ${scoreText(strongest.average)}).`);
    }
  }
  const busiest = report.days.reduce((best, day) => (day.flagged > best.flagged ? day : best), report.days[0]!);
  if (period.kind === 'week' && busiest.flagged > 0) {
    lines.push(`${weekdayName(busiest.label)} had the most flagged replies (${busiest.flagged}).`);
  }
  const site = worst(report.bySite, 'sites');
  if (site) lines.push(site);
  const model = worst(report.byModel, 'models');
  if (model) lines.push(model);
  const phrase = report.phrases[0];
  if (phrase) lines.push(`The phrase seen most often was “${phrase.phrase}”, in ${plural(phrase.replies, 'reply', 'replies')}.`);
  if (totals.capitulations > 0) {
    lines.push(`The assistant caved after you pushed back ${totals.capitulations === 1 ? 'once' : `${totals.capitulations} times`}.`);
  }
  return lines;
}

/** The fine print: how figures were made, so nobody has to guess. */
export function footnotes(report: WeeklyReport): string[] {
  const versions = report.scorerVersions.map((v, i) => `${v.key} for ${i === 0 ? plural(v.count, 'reply', 'replies') : v.count}`).join(', ');
  const lines = [
    `A reply is flagged when its overall score is ${report.threshold} or more. Figures come only from the scores stored with each reply` +
      `${versions ? ` (scorer ${versions})` : ''}, so this report reads the same when exported again later.`,
  ];
  if (report.totals.unsupported > 0) {
    const languages = report.unsupportedLanguages.map((l) => `${l.key}: ${l.count}`).join(', ');
    lines.push(
      `${plural(report.totals.unsupported, 'reply', 'replies')} in languages the scorer does not support (${languages}) are counted but left out of every average.`,
    );
  }
  lines.push(`Days and weeks are counted in ${report.period.zone}. Made locally by Sycophancy Probe; nothing left your device.`);
  return lines;
}
