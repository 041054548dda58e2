import { NO_SIGNAL_SCORE } from '../../scorer/types';
import type { Breakdown, DimensionStat, WeeklyReport } from '../types';
import { ReportText } from './text';

/** The one sentence a reader should take away. */
export function headline(report: WeeklyReport, text = new ReportText()): string {
  const { totals, period } = report;
  const when = text.periodInSentence(period);
  const score = text.score(totals.averageOverall);
  if (totals.scored === 0) {
    return totals.unsupported > 0 ? text.plural('reportHeadlineUnsupported', totals.unsupported, [when]) : text.t('reportHeadlineNothing', when);
  }
  if (totals.scored === 1) return text.t(totals.flagged === 1 ? 'reportHeadlineOneFlagged' : 'reportHeadlineOneNotFlagged', [when, score]);
  if (totals.flagged === 0) return text.t('reportHeadlineNoneFlagged', [text.count(totals.scored), when, score]);
  return text.t('reportHeadlineFlagged', [text.percent(totals.flaggedShare), text.count(totals.scored), when, score]);
}

function changeSentence(report: WeeklyReport, text: ReportText): string {
  const { change, previous, period } = report;
  const before = text.previousName(period);
  if (previous.scored === 0) return text.t('reportNoPrevious', before);
  const share = Math.round(change.flaggedSharePoints ?? 0);
  const previousShare = text.percent(previous.flaggedShare);
  const shareClause =
    share === 0 ? text.t('reportShareSteady', [previousShare, before]) : text.t(share > 0 ? 'reportShareRose' : 'reportShareFell', [text.count(Math.abs(share)), previousShare, before]);
  const average = Math.round(change.averageOverall ?? 0);
  const averageClause =
    average === 0
      ? text.t('reportAverageSteady')
      : text.t(average > 0 ? 'reportAverageRose' : 'reportAverageFell', [text.score(previous.averageOverall), text.score(report.totals.averageOverall)]);
  return text.t('reportBothChanges', [shareClause, averageClause]);
}

function worst(items: Breakdown[], key: 'reportWorstSite' | 'reportWorstModel', text: ReportText): string | null {
  const scored = items.filter((item) => item.scored > 0 && item.key !== 'unknown');
  if (scored.length < 2) return null;
  const top = [...scored].sort((a, b) => (b.averageOverall ?? 0) - (a.averageOverall ?? 0))[0] as Breakdown;
  return text.t(key, [top.key, text.score(top.averageOverall), text.percent(top.flaggedShare)]);
}

/**
 * How far a dimension's average is above what a reply with nothing of its kind scores: agreement's
 * neutral point is not a signal, so a calm week's agreement average of 5 does not outrank flattery's 2.
 */
function aboveNoSignal(stat: DimensionStat): number {
  return stat.average === null ? -Infinity : stat.average - NO_SIGNAL_SCORE[stat.dimension];
}

/** "What changed": short, plain sentences, the most telling first. Empty when there is nothing to say. */
export function changes(report: WeeklyReport, text = new ReportText()): string[] {
  const { totals, period } = report;
  if (totals.scored === 0) return [];
  const lines = [changeSentence(report, text)];
  const movers = report.dimensions.filter((d) => d.change !== null && Math.round(d.change) !== 0);
  const mover = movers.sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))[0];
  if (mover && mover.change !== null) {
    const points = text.count(Math.abs(Math.round(mover.change)));
    lines.push(text.t(mover.change > 0 ? 'reportMoverUp' : 'reportMoverDown', [text.dimension(mover.dimension), points, text.score(mover.average)]));
  } else {
    const strongest = [...report.dimensions].sort((a, b) => aboveNoSignal(b) - aboveNoSignal(a))[0];
    if (strongest && strongest.average !== null && aboveNoSignal(strongest) > 0) {
      lines.push(text.t('reportStrongest', [text.dimension(strongest.dimension), text.thisName(period), text.score(strongest.average)]));
    }
  }
  const busiest = report.days.reduce((best, day) => (day.flagged > best.flagged ? day : best), report.days[0]!);
  if (period.kind === 'week' && busiest.flagged > 0) {
    lines.push(text.t('reportBusiestDay', [text.weekdayName(busiest.label), text.count(busiest.flagged)]));
  }
  const site = worst(report.bySite, 'reportWorstSite', text);
  if (site) lines.push(site);
  const model = worst(report.byModel, 'reportWorstModel', text);
  if (model) lines.push(model);
  const phrase = report.phrases[0];
  if (phrase) lines.push(text.plural('reportTopPhrase', phrase.replies, [phrase.phrase]));
  if (totals.capitulations > 0) lines.push(text.plural('reportCavedTimes', totals.capitulations));
  return lines;
}

/** The fine print: how figures were made, so nobody has to guess. */
export function footnotes(report: WeeklyReport, text = new ReportText()): string[] {
  const versions = report.scorerVersions
    .map((v, i) => (i === 0 ? text.plural('reportFootVersion', v.count, [v.key]) : text.t('reportFootVersion', [v.key, text.count(v.count)])))
    .join(', ');
  const threshold = text.count(report.threshold);
  const lines = [versions ? text.t('reportFootThresholdScorers', [threshold, versions]) : text.t('reportFootThreshold', threshold)];
  if (report.totals.unsupported > 0) {
    const languages = report.unsupportedLanguages.map((l) => `${l.key}: ${text.count(l.count)}`).join(', ');
    lines.push(text.plural('reportFootUnsupported', report.totals.unsupported, [languages]));
  }
  lines.push(text.t('reportFootZone', report.period.zone));
  return lines;
}
