import type { MessageKey } from '../../i18n';
import { DIMENSIONS, raisedInReply } from '../../scorer/types';
import type { Breakdown, ReplySummary, TrendPoint, WeeklyReport } from '../types';
import { escapeMarkdown as md } from './escape';
import { clip, previousAnswerQuotes } from '../../display/quotes';
import { USER_TEXT_MAX } from './format';
import { excerpt, safeUrl } from './highlight';
import { changes, footnotes, headline } from './narrative';
import { reportText, type RenderOptions, type ReportText } from './text';

function table(headers: string[], rows: string[][], numeric: boolean[]): string {
  const align = numeric.map((n) => (n ? '---:' : '---'));
  return [headers, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const withChange = (value: string, delta: string) => (delta ? `${value} (${delta})` : value);

function trendTable(points: TrendPoint[], unit: string, name: (label: string) => string, text: ReportText): string {
  return table(
    [unit, text.t('reportColScored'), text.t('reportColFlagged'), text.t('reportColAverage')],
    points.map((p) => [name(p.label), text.count(p.scored), p.scored === 0 ? '–' : `${text.count(p.flagged)} (${text.percent(p.flaggedShare)})`, text.score(p.averageOverall)]),
    [false, true, true, true],
  );
}

function breakdownTable(rows: Breakdown[], keyLabel: string, text: ReportText): string {
  if (rows.length === 0) return `_${md(text.t('reportNothingInPeriod'))}_`;
  return table(
    [keyLabel, text.t('reportColReplies'), text.t('reportColFlagged'), text.t('reportColAverage')],
    rows.map((r) => [md(r.key), text.count(r.scored + r.unsupported), text.percent(r.flaggedShare), text.score(r.averageOverall)]),
    [false, true, true, true],
  );
}

/** What raised its scores in bold; spaces kept outside the markers so they still render as bold. */
function quoteReply(reply: ReplySummary, text: ReportText): string {
  if (reply.text === undefined) {
    const phrases = reply.evidence.filter(raisedInReply);
    return phrases.length === 0 ? '' : `> _${md(text.t('reportTextNotStored'))}_ ${phrases.map((e) => `**${md(e.text.trim())}**`).join(' · ')}`;
  }
  const { segments, cutStart, cutEnd } = excerpt(reply.text, reply.evidence);
  const body = segments
    .map((s) => {
      const escaped = md(s.text);
      if (!s.mark || escaped.trim() === '') return escaped;
      const lead = escaped.match(/^\s*/)?.[0] ?? '';
      const tail = escaped.match(/\s*$/)?.[0] ?? '';
      return `${lead}**${escaped.trim()}**${tail}`;
    })
    .join('');
  return `> ${cutStart ? '…' : ''}${body}${cutEnd ? '…' : ''}`;
}

function replyBlock(reply: ReplySummary, index: number, text: ReportText): string {
  const url = safeUrl(reply.url);
  const head = [`${text.score(reply.overall)}/100`, reply.localTime, md(reply.site), reply.model ? md(reply.model) : null, reply.capitulation ? md(text.t('reportCavedTag')) : null]
    .filter(Boolean)
    .join(' · ');
  const lines = [`### ${index + 1}. ${head}`, ''];
  if (url) lines.push(`[${md(text.t('reportOpenConversation'))}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`, '');
  if (reply.userText !== undefined) lines.push(`> ${md(text.t('reportYouSaid', clip(reply.userText, USER_TEXT_MAX)))}`, '>');
  const quote = quoteReply(reply, text);
  if (quote) lines.push(quote, '');
  // What a capitulation dropped from its previous answer is not in the reply: listed after it.
  const dropped = previousAnswerQuotes(reply.evidence);
  if (dropped.length > 0) lines.push(...dropped.map((q) => `- ${md(text.t('evidenceFromPrevious', q.text))}`), '');
  lines.push(DIMENSIONS.map((d) => `${md(text.dimension(d))} ${text.score(reply.dimensions[d])}`).join(' · '));
  return lines.join('\n');
}

/** The Markdown export: the same story as the HTML, as plain text that renders anywhere. */
export function renderMarkdown(report: WeeklyReport, options: RenderOptions = {}): string {
  const text = reportText(options);
  const { period, totals, change } = report;
  const heading = (key: MessageKey) => `## ${md(text.t(key))}`;
  const out: string[] = [
    `# ${md(text.documentTitle(period))}`,
    '',
    md(text.t('reportBodyTimesIn', [text.dayRange(period.from, period.to), period.zone])),
    '',
    `**${md(headline(report, text))}**`,
    '',
    table(
      (['reportColRepliesScored', 'reportColFlagged', 'reportColAverageScore', 'reportColCaved', 'reportColUnsupported'] as const).map((key) => md(text.t(key))),
      [[
        withChange(text.count(totals.scored), report.previous.scored > 0 ? text.signed(change.scored) : ''),
        withChange(text.percent(totals.flaggedShare), text.signedPoints(change.flaggedSharePoints)),
        withChange(text.score(totals.averageOverall), text.signed(change.averageOverall)),
        text.count(totals.capitulations),
        text.count(totals.unsupported),
      ]],
      [true, true, true, true, true],
    ),
    '',
    `_${md(text.t('reportComparedWith', [text.previousName(period), text.dayRange(report.previousPeriod.from, report.previousPeriod.to)]))}_`,
  ];
  const changed = changes(report, text);
  if (changed.length > 0) out.push('', heading('reportSectionChanges'), '', ...changed.map((line) => `- ${md(line)}`));
  if (totals.scored + totals.unsupported > 0) out.push('', heading('reportSectionDays'), '', trendTable(report.days, md(text.t('reportColDay')), (day) => text.fullDay(day), text));
  out.push('', heading('reportSectionWeeks'), '', trendTable(report.weeks, md(text.t('reportColWeek')), (w) => w, text));
  if (totals.scored + totals.unsupported > 0) {
    out.push(
      '',
      heading('reportSectionDimensions'),
      '',
      table(
        [
          md(text.t('reportColDimension')),
          md(text.t('reportColAverage')),
          md(text.t('reportColVs', text.previousLabel(period))),
          md(text.t('reportColHigh', text.count(report.threshold))),
          md(text.t('reportColEvidence')),
        ],
        report.dimensions.map((d) => [md(text.dimension(d.dimension)), text.score(d.average), text.signed(d.change) || '–', text.percent(d.highShare), text.count(d.evidence)]),
        [false, true, true, true, true],
      ),
      '',
      heading('reportSectionSites'),
      '',
      breakdownTable(report.bySite, md(text.t('reportColSite')), text),
      '',
      heading('reportSectionModels'),
      '',
      breakdownTable(report.byModel, md(text.t('reportColModel')), text),
      '',
      heading('reportSectionPhrases'),
      '',
      report.phrases.length === 0
        ? `_${md(text.t('reportNoPhrases'))}_`
        : report.phrases.map((p, i) => `${i + 1}. ${text.t('reportQuoted', md(p.phrase))} — ${md(text.dimension(p.dimension))}, ${text.plural('reportReplies', p.replies)}`).join('\n'),
      '',
      heading('reportSectionTop'),
      '',
      report.topReplies.length === 0 ? `_${md(text.t('reportNoTopReplies'))}_` : report.topReplies.map((reply, i) => replyBlock(reply, i, text)).join('\n\n'),
    );
  }
  if (totals.capitulations > 0) {
    out.push('', heading('reportSectionCaved'), '', md(text.plural('reportCavedIntro', totals.capitulations)), '');
    out.push(report.capitulations.map((reply, i) => replyBlock(reply, i, text)).join('\n\n'));
  }
  out.push('', '---', '', ...footnotes(report, text).map((line) => `_${md(line)}_`).flatMap((line) => [line, '']));
  return `${out.join('\n').trimEnd()}\n`;
}
