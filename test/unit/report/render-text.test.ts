import { describe, expect, it } from 'vitest';
import { buildWeeklyReport, renderCsv, renderJson, renderMarkdown, renderReport, reportFileName } from '../../../src/report';
import { csvCell, escapeMarkdown } from '../../../src/report/render/escape';
import { cavedRow, pushedBackRow, row, syntheticRows } from './fixtures';
import { hostileReport, IMG, SCRIPT } from './hostile';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const W47 = { now: NOW, period: '2026-W47', zone: 'UTC' };

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cell = '';
  let current: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') current.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') current.push(cell), rows.push(current), (current = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('renderMarkdown', () => {
  it('tells the same story as the HTML', () => {
    const md = renderMarkdown(buildWeeklyReport(syntheticRows(800, NOW, 60), W47));
    expect(md).toMatch(/^# Sycophancy report · Week 47, 2026\n/);
    expect(md).toMatch(/\*\*\d+% of the \d+ replies scored in week 47 were flagged/);
    for (const heading of ['## What changed', '## Day by day', '## Last 12 weeks', '## By dimension', '## Phrases that drove the scores', '## Most sycophantic replies']) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/\[Open conversation\]\(https:\/\//);
    expect(md).not.toMatch(/NaN|undefined/);
  });

  it('says so plainly when nothing was flagged', () => {
    const md = renderMarkdown(buildWeeklyReport([row({ time: Date.parse('2026-11-17T09:00:00Z'), overall: 12 }), row({ time: Date.parse('2026-11-18T09:00:00Z'), overall: 20 })], W47));
    expect(md).toContain('**None of the 2 replies scored in week 47 was flagged as sycophantic; the average score was 16/100.**');
  });

  it('renders an empty week without tables of nothing', () => {
    const md = renderMarkdown(buildWeeklyReport([], W47));
    expect(md).toContain('No replies were scored in week 47.');
    expect(md).not.toContain('## By dimension');
    expect(md).not.toMatch(/NaN|undefined/);
  });

  it('escapes hostile text so it stays text', () => {
    const md = renderMarkdown(hostileReport());
    expect(md).not.toContain(SCRIPT);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('&lt;i&gt;site&lt;/i&gt;');
  });

  it('escapes Markdown and HTML significant characters', () => {
    expect(escapeMarkdown('# *a* _b_ `c` [d](e) | f <g> & h')).toBe('\\# \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| f &lt;g&gt; &amp; h');
    expect(escapeMarkdown('1. item\nnext')).toBe('1\\. item next');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    // Numbers keep their no-break spaces ("50 %" in German); other white space folds to one space.
    expect(escapeMarkdown('50\u00a0%\t of\r\nall')).toBe('50\u00a0% of all');
  });
});

describe('renderCsv', () => {
  it('writes one row per reply in the period, quoting what needs it', () => {
    const rows = [
      row({ time: Date.parse('2026-11-17T09:00:00Z'), text: 'line one\nline "two", three' }),
      row({ time: Date.parse('2026-11-18T09:00:00Z'), overall: null, language: 'ja' }),
      row({ time: Date.parse('2026-11-30T09:00:00Z') }),
    ];
    const parsed = parseCsv(renderCsv(buildWeeklyReport(rows, W47)));
    const header = parsed[0] as string[];
    expect(parsed).toHaveLength(3);
    expect(header.slice(0, 3)).toEqual(['time_utc', 'local_time', 'site']);
    const reply = header.indexOf('reply');
    const flagged = header.indexOf('flagged');
    expect(parsed[1]?.[reply]).toBe('line one\nline "two", three');
    expect(parsed[2]?.[flagged]).toBe('');
    expect(parsed[2]?.[header.indexOf('overall')]).toBe('');
  });

  it('defuses formula injection and keeps hostile text as plain cells', () => {
    const parsed = parseCsv(renderCsv(hostileReport()));
    const header = parsed[0] as string[];
    const first = parsed[1] as string[];
    expect(first[header.indexOf('model')]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(first[header.indexOf('user')]).toBe(`'-2+3 ${IMG}`);
    expect(first[header.indexOf('reply')]).toContain(SCRIPT);
    expect(parsed[2]?.[header.indexOf('reply')]).toBe("'@SUM(1+1) fine");
    expect(['=1', '+1', '-1', '@1', '\t1', 'ok'].map(csvCell)).toEqual(["'=1", "'+1", "'-1", "'@1", "'\t1", 'ok']);
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('renderJson and renderReport', () => {
  it('round-trips the model', () => {
    const report = hostileReport();
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(renderReport(report, 'json')).toBe(renderJson(report));
    expect(renderReport(report, 'md')).toBe(renderMarkdown(report));
  });
});

describe('reportFileName', () => {
  it('carries the ISO week or the date range', () => {
    const report = buildWeeklyReport([], W47);
    expect(reportFileName(report.period, 'html')).toBe('sycophancy-report-2026-W47.html');
    expect(reportFileName(report.period, 'csv')).toBe('sycophancy-report-2026-W47.csv');
    expect(reportFileName({ id: '2026-11-01..2026-11-10' }, 'md')).toBe('sycophancy-report-2026-11-01_2026-11-10.md');
  });
});

describe('excerpt', () => {
  it('marks evidence, merges overlaps, and never cuts an emoji in half', async () => {
    const { excerpt } = await import('../../../src/report/render/highlight');
    const text = 'Great question! You are right.';
    const { segments } = excerpt(text, [
      { dimension: 'flattery', text: 'Great question!', start: 0, end: 15 },
      { dimension: 'agreement', text: 'question! You', start: 6, end: 19 },
      { dimension: 'emoji', text: 'bogus', start: 50, end: 60 },
    ]);
    expect(segments).toEqual([
      { text: 'Great question! You', mark: 'flattery' },
      { text: ' are right.', mark: null },
    ]);
    const long = `${'a'.repeat(99)}🚀${'b'.repeat(200)}`;
    const cut = excerpt(long, [], 100);
    expect(cut.cutEnd).toBe(true);
    expect(cut.segments.map((s) => s.text).join('')).toBe('a'.repeat(99));
  });
});

describe('evidence from the previous answer', () => {
  // A capitulation's evidence can index its previous answer: never marked in the reply, quoted beside it.
  const dropped = 'There is no evidence that cracking your knuckles causes arthritis';
  const caved = () => cavedRow(dropped);

  it('quotes what the reply dropped under it, marks only the reply\'s own spans, and keeps it out of the phrase tally', () => {
    const report = buildWeeklyReport([caved()], W47);
    expect(report.phrases.map((p) => p.phrase)).toEqual(['you are right']);
    const md = renderMarkdown(report);
    expect(md).toContain(`> **You are right**, it ruins the joints.\n\n- Dropped from its previous answer: “${dropped}”`);
    expect(md).not.toContain(`**${dropped}**`);
    // Offsets 4… into the previous answer would mark "right, it ruins…" in the reply.
    expect(md).not.toMatch(/\*\*right/);
  });

  it('lists the reply\'s phrases apart from the previous answer\'s when the text is not stored', () => {
    const { text: _text, ...withoutText } = caved();
    const md = renderMarkdown(buildWeeklyReport([withoutText], W47));
    expect(md).toContain('**You are right**\n');
    expect(md).not.toContain(`**${dropped}**`);
    expect(md).toContain(`- Dropped from its previous answer: “${dropped}”`);
  });

  it('marks it in the CSV, and the excerpt never marks it in the reply', async () => {
    const parsed = parseCsv(renderCsv(buildWeeklyReport([caved()], W47)));
    const header = parsed[0] as string[];
    expect(parsed[1]?.[header.indexOf('evidence')]).toBe(`agreement: You are right | agreement (previous answer): ${dropped}`);
    const { excerpt } = await import('../../../src/report/render/highlight');
    expect(excerpt('You are right, it ruins the joints.', caved().evidence).segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['You are right']);
  });

  it('quotes at most two sentences, once each, clipped', async () => {
    const { previousAnswerQuotes } = await import('../../../src/display/quotes');
    const long = 'x'.repeat(300);
    const span = (text: string, start: number) => ({ dimension: 'agreement' as const, text, start, end: start + text.length, in: 'previous' as const });
    const quotes = previousAnswerQuotes([span('second', 50), span(long, 100), span('first', 0), span('first', 0), { ...span('in the reply', 0), in: undefined }]);
    expect(quotes.map((q) => q.text)).toEqual(['first', 'second']);
    expect(previousAnswerQuotes([span(long, 0)])[0]?.text).toBe(`${'x'.repeat(160)}…`);
  });
});

describe('evidence of where a reply pushed back (spans that lowered agreement)', () => {
  it('never marks it in the reply, never lists it among the phrases, and never counts it as a dimension\'s evidence', () => {
    const report = buildWeeklyReport([pushedBackRow()], W47);
    expect(report.phrases.map((p) => p.phrase)).toEqual(['great question']);
    expect(report.dimensions.find((d) => d.dimension === 'agreement')?.evidence).toBe(0);
    expect(report.dimensions.find((d) => d.dimension === 'flattery')?.evidence).toBe(1);
    const md = renderMarkdown(report);
    expect(md).toContain('> **Great question**! There are pros and cons, and your friend is right.');
    expect(md).not.toMatch(/\*\*(pros and cons|your friend is right)\*\*/);
  });

  it('leaves it out of the phrases shown when the text is not stored', () => {
    const { text: _text, ...withoutText } = pushedBackRow();
    const md = renderMarkdown(buildWeeklyReport([withoutText], W47));
    expect(md).toMatch(/\*\*Great question\*\*\n/);
    expect(md).not.toContain('pros and cons');
    expect(md).not.toContain('your friend is right');
  });

  it('keeps it in the CSV and JSON exports with its negative weight', () => {
    const report = buildWeeklyReport([pushedBackRow()], W47);
    const parsed = parseCsv(renderCsv(report));
    expect(parsed[1]?.[(parsed[0] as string[]).indexOf('evidence')]).toBe(
      'flattery: Great question | agreement (lowered, weight -0.66): pros and cons | agreement (lowered, weight -1.22): your friend is right',
    );
    const json = JSON.parse(renderJson(report)) as { replies: { evidence: { text: string; weight: number }[] }[] };
    expect(json.replies[0]?.evidence.map((e) => [e.text, e.weight])).toEqual([
      ['Great question', 0.78],
      ['pros and cons', -0.66],
      ['your friend is right', -1.22],
    ]);
  });
});

describe('renderMarkdown in German', () => {
  it('tells the story in German, with German headings, dates and numbers', () => {
    const md = renderMarkdown(buildWeeklyReport(syntheticRows(800, NOW, 60), W47), { language: 'de' });
    expect(md).toMatch(/^# Anbiederungsbericht · Woche 47, 2026\n/);
    expect(md).toMatch(/\*\*\d+\u00a0% der \d+ in Woche 47 bewerteten Antworten wurden als anbiedernd markiert/);
    for (const heading of ['## Was sich verändert hat', '## Tag für Tag', '## Letzte 12 Wochen', '## Nach Dimension', '## Formulierungen, die die Werte bestimmt haben', '## Die anbiederndsten Antworten']) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/\[Unterhaltung öffnen\]\(https:\/\//);
    expect(md).toMatch(/^1\. „[^“]+“ — /m);
    // A leading "16." is escaped, as anything that could open a numbered list.
    expect(md).toContain('16\\.–22. Nov. 2026 · Zeiten in UTC');
    expect(md).not.toMatch(/NaN|undefined|\bWeek\b|\breplies\b/);
  });

  it('says so plainly when nothing was flagged, and names a range in German', () => {
    const rows = [row({ time: Date.parse('2026-11-17T09:00:00Z'), overall: 12 }), row({ time: Date.parse('2026-11-18T09:00:00Z'), overall: 20 })];
    const md = renderMarkdown(buildWeeklyReport(rows, W47), { language: 'de' });
    expect(md).toContain('**Keine der 2 in Woche 47 bewerteten Antworten wurde als anbiedernd markiert; der Durchschnittswert lag bei 16/100.**');
    const range = renderMarkdown(buildWeeklyReport(rows, { now: NOW, period: '2026-11-09..2026-11-18', zone: 'UTC' }), { language: 'de' });
    expect(range).toContain('in den 10 Tagen bis 18. Nov. 2026 bewerteten Antworten');
  });

  it('renders an empty week in German', () => {
    const md = renderMarkdown(buildWeeklyReport([], W47), { language: 'de' });
    expect(md).toContain('Es wurde in Woche 47 keine Antwort bewertet.');
    expect(md).not.toContain('## Nach Dimension');
  });

  it('escapes hostile text in German as in English', () => {
    const md = renderMarkdown(hostileReport(), { language: 'de' });
    expect(md).not.toContain(SCRIPT);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('&lt;i&gt;site&lt;/i&gt;');
  });

  it('leaves the data exports alone: CSV headers and JSON keys are the same in every language', () => {
    const report = hostileReport();
    expect(renderReport(report, 'csv', { language: 'de' })).toBe(renderCsv(report));
    expect(renderReport(report, 'json', { language: 'de' })).toBe(renderJson(report));
    expect(renderReport(report, 'md', { language: 'de' })).not.toBe(renderMarkdown(report));
  });
});
