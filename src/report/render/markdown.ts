import { DIMENSIONS } from '../../scorer/types';
import type { Breakdown, ReplySummary, TrendPoint, WeeklyReport } from '../types';
import { escapeMarkdown as md } from './escape';
import { clip, DIMENSION_LABELS, dayRange, fullDay, percent, periodTitle, plural, previousLabel, previousName, scoreText, signed, USER_TEXT_MAX } from './format';
import { excerpt, safeUrl } from './highlight';
import { changes, footnotes, headline } from './narrative';

function table(headers: string[], rows: string[][], numeric: boolean[]): string {
  const align = numeric.map((n) => (n ? '---:' : '---'));
  return [headers, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const withChange = (value: string, delta: string) => (delta ? `${value} (${delta})` : value);

function trendTable(points: TrendPoint[], unit: string, name: (label: string) => string): string {
  return table(
    [unit, 'Scored', 'Flagged', 'Average'],
    points.map((p) => [name(p.label), String(p.scored), p.scored === 0 ? '–' : `${p.flagged} (${percent(p.flaggedShare)})`, scoreText(p.averageOverall)]),
    [false, true, true, true],
  );
}

function breakdownTable(rows: Breakdown[], keyLabel: string): string {
  if (rows.length === 0) return '_Nothing in this period._';
  return table(
    [keyLabel, 'Replies', 'Flagged', 'Average'],
    rows.map((r) => [md(r.key), String(r.scored + r.unsupported), percent(r.flaggedShare), scoreText(r.averageOverall)]),
    [false, true, true, true],
  );
}

/** Evidence in bold; spaces kept outside the markers so they still render as bold. */
function quoteReply(reply: ReplySummary): string {
  if (reply.text === undefined) {
    return reply.evidence.length === 0 ? '' : `> _Text not stored; evidence:_ ${reply.evidence.map((e) => `**${md(e.text.trim())}**`).join(' · ')}`;
  }
  const { segments, cutStart, cutEnd } = excerpt(reply.text, reply.evidence);
  const body = segments
    .map((s) => {
      const text = md(s.text);
      if (!s.mark || text.trim() === '') return text;
      const lead = text.match(/^\s*/)?.[0] ?? '';
      const tail = text.match(/\s*$/)?.[0] ?? '';
      return `${lead}**${text.trim()}**${tail}`;
    })
    .join('');
  return `> ${cutStart ? '…' : ''}${body}${cutEnd ? '…' : ''}`;
}

function replyBlock(reply: ReplySummary, index: number): string {
  const url = safeUrl(reply.url);
  const head = [`${scoreText(reply.overall)}/100`, reply.localTime, md(reply.site), reply.model ? md(reply.model) : null, reply.capitulation ? 'caved after push-back' : null]
    .filter(Boolean)
    .join(' · ');
  const lines = [`### ${index + 1}. ${head}`, ''];
  if (url) lines.push(`[Open conversation](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`, '');
  if (reply.userText !== undefined) lines.push(`> _You:_ ${md(clip(reply.userText, USER_TEXT_MAX))}`, '>');
  const quote = quoteReply(reply);
  if (quote) lines.push(quote, '');
  lines.push(DIMENSIONS.map((d) => `${DIMENSION_LABELS[d]} ${scoreText(reply.dimensions[d])}`).join(' · '));
  return lines.join('\n');
}

/** The Markdown export: the same story as the HTML, as plain text that renders anywhere. */
export function renderMarkdown(report: WeeklyReport): string {
  const { period, totals, change } = report;
  const before = previousLabel(period);
  const out: string[] = [
    `# Sycophancy report · ${periodTitle(period)}`,
    '',
    `${dayRange(period.from, period.to)} · times in ${md(period.zone)}`,
    '',
    `**${md(headline(report))}**`,
    '',
    table(
      ['Replies scored', 'Flagged', 'Average score', 'Caved', 'Unsupported language'],
      [[
        withChange(String(totals.scored), report.previous.scored > 0 ? signed(change.scored) : ''),
        withChange(percent(totals.flaggedShare), signed(change.flaggedSharePoints, ' pts')),
        withChange(scoreText(totals.averageOverall), signed(change.averageOverall)),
        String(totals.capitulations),
        String(totals.unsupported),
      ]],
      [true, true, true, true, true],
    ),
    '',
    `_Changes are against ${md(previousName(period))} (${dayRange(report.previousPeriod.from, report.previousPeriod.to)})._`,
  ];
  const changed = changes(report);
  if (changed.length > 0) out.push('', '## What changed', '', ...changed.map((line) => `- ${md(line)}`));
  if (totals.scored + totals.unsupported > 0) out.push('', '## Day by day', '', trendTable(report.days, 'Day', fullDay));
  out.push('', '## Last 12 weeks', '', trendTable(report.weeks, 'Week', (w) => w));
  if (totals.scored + totals.unsupported > 0) {
    out.push(
      '',
      '## By dimension',
      '',
      table(
        ['Dimension', 'Average', `vs ${md(before)}`, `High (≥ ${report.threshold})`, 'Evidence'],
        report.dimensions.map((d) => [DIMENSION_LABELS[d.dimension], scoreText(d.average), signed(d.change) || '–', percent(d.highShare), String(d.evidence)]),
        [false, true, true, true, true],
      ),
      '',
      '## By site',
      '',
      breakdownTable(report.bySite, 'Site'),
      '',
      '## By model',
      '',
      breakdownTable(report.byModel, 'Model'),
      '',
      '## Phrases that drove the scores',
      '',
      report.phrases.length === 0
        ? '_No evidence phrases in this period._'
        : report.phrases.map((p, i) => `${i + 1}. “${md(p.phrase)}” — ${DIMENSION_LABELS[p.dimension].toLowerCase()}, ${plural(p.replies, 'reply', 'replies')}`).join('\n'),
      '',
      '## Most sycophantic replies',
      '',
      report.topReplies.length === 0 ? '_No reply scored above zero in this period._' : report.topReplies.map(replyBlock).join('\n\n'),
    );
  }
  if (totals.capitulations > 0) {
    out.push('', '## When the assistant caved', '', `${plural(totals.capitulations, 'reply', 'replies')} changed position after you pushed back.`, '');
    out.push(report.capitulations.map(replyBlock).join('\n\n'));
  }
  out.push('', '---', '', ...footnotes(report).map((line) => `_${md(line)}_`).flatMap((line) => [line, '']));
  return `${out.join('\n').trimEnd()}\n`;
}
