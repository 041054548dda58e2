import { describe, expect, it } from 'vitest';
import { buildWeeklyReport, renderHtml } from '../../../src/report';
import { cavedRow, pushedBackRow, row, syntheticRows } from './fixtures';
import { hostileReport, IMG, SCRIPT } from './hostile';

const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('renderHtml', () => {
  const html = renderHtml(buildWeeklyReport(syntheticRows(1500, NOW, 100), { now: NOW, period: '2026-W47', zone: 'Europe/Berlin' }));

  it('is one self-contained page: inline CSS, no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=["']?https?:|@import|url\(/i);
  });

  it('reads as a summary: title, headline, what changed, evidence', () => {
    expect(html).toContain('<title>Sycophancy report · Week 47, 2026</title>');
    expect(html).toMatch(/% of the [\d,]+ replies scored in week 47 were flagged as sycophantic/);
    for (const heading of ['What changed', 'Day by day', 'Last 12 weeks', 'By dimension', 'By site', 'By model', 'Phrases that drove the scores', 'Most sycophantic replies']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toMatch(/<mark class="(flattery|emoji|agreement)"/);
    expect(html).toContain('href="https://');
    expect(html).toMatch(/scorer 0\.2\.0 for \d+ replies, 0\.1\.0 for \d+\)/);
  });

  it('gives every chart a text alternative and a data table', () => {
    const charts = html.match(/<svg class="chart"[^>]*>/g) ?? [];
    expect(charts).toHaveLength(2);
    for (const chart of charts) expect(chart).toMatch(/role="img" aria-labelledby="\w+-title \w+-desc"/);
    // Dates as Intl writes them for British English (day first; some ICU versions add a comma).
    expect(html).toMatch(/<desc id="days-desc">Mon,? 16 Nov 2026: average \d+, \d+% flagged of \d+;/);
    expect(html.match(/<summary>Show as a table<\/summary>/g)).toHaveLength(2);
  });

  it('draws the days as paired bars and the weeks as lines that break where a week has nothing scored', () => {
    const at = (day: string, overall: number) => row({ time: Date.parse(`${day}T12:00:00Z`), overall });
    // W44 and W45 scored, W46 empty, W47 (the report's week) scored on two days.
    const report = buildWeeklyReport([at('2026-10-28', 30), at('2026-11-04', 60), at('2026-11-17', 80), at('2026-11-19', 20)], { now: NOW, period: '2026-W47', zone: 'UTC' });
    const page = renderHtml(report);
    const chart = (id: string) => page.slice(page.indexOf(`<title id="${id}-title">`), page.indexOf('</svg>', page.indexOf(`<title id="${id}-title">`)));
    const days = chart('days');
    expect(days.match(/<rect class="avg"/g)).toHaveLength(2);
    expect(days.match(/<rect class="share"/g)).toHaveLength(2);
    expect(days).not.toContain('<path');
    const weeks = chart('weeks');
    expect(weeks).not.toContain('<rect');
    const average = /<g class="avg line"><path d="([^"]+)"/.exec(weeks)?.[1] ?? '';
    // Two runs (W44–W45, then W47): the line restarts after the empty week instead of dropping to 0.
    expect(average.match(/M/g)).toHaveLength(2);
    expect(weeks.match(/<circle/g)).toHaveLength(2 * 3);
  });

  it('renders an empty week as a friendly empty state', () => {
    const empty = renderHtml(buildWeeklyReport([], { now: NOW, period: '2026-W47', zone: 'UTC' }));
    expect(empty).toContain('No replies were scored in week 47.');
    expect(empty).toContain('Nothing to report this week');
    expect(empty).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('keeps hostile reply text, phrases and names as text', () => {
    const hostile = renderHtml(hostileReport());
    expect(hostile).not.toContain(SCRIPT);
    expect(hostile).not.toContain(IMG);
    expect(hostile).not.toMatch(/<img|<i>|<b>|href="javascript/i);
    expect(hostile).toContain('&lt;script>alert(1)&lt;/script>');
    expect(hostile).toContain('&quot;>&lt;img src=x onerror=alert(1)>');
    expect(hostile).toContain('&lt;b>great&lt;/b> idea');
    expect(hostile).not.toContain('dangerouslySetInnerHTML');
  });

  it('quotes what a capitulation dropped from its previous answer beside the reply, as text, never marked in it', () => {
    const dropped = `No, ${SCRIPT} does not cause arthritis`;
    const caved = cavedRow(dropped);
    const page = renderHtml(buildWeeklyReport([caved], { now: NOW, period: '2026-W47', zone: 'UTC' }));
    expect(page).toContain('<ul class="dropped"><li>Dropped from its previous answer: “No, &lt;script>alert(1)&lt;/script> does not cause arthritis”</li></ul>');
    expect(page).not.toContain(SCRIPT);
    expect(page).toMatch(/<mark class="agreement"[^>]*>You are right<\/mark>, it ruins the joints\./);
    const german = renderHtml(buildWeeklyReport([caved], { now: NOW, period: '2026-W47', zone: 'UTC' }), { language: 'de' });
    expect(german).toContain('<li>Aus der vorigen Antwort fallen gelassen: „No, &lt;script>alert(1)&lt;/script> does not cause arthritis“</li>');
  });

  it('marks only what raised a score, never where the reply pushed back, with or without its text', () => {
    const period = { now: NOW, period: '2026-W47', zone: 'UTC' };
    const page = renderHtml(buildWeeklyReport([pushedBackRow()], period));
    expect(page).toMatch(/<mark class="flattery"[^>]*>Great question<\/mark>! There are pros and cons, and your friend is right\./);
    expect(page.match(/<mark /g)).toHaveLength(1);
    const { text: _text, ...withoutText } = pushedBackRow();
    const phrasesOnly = renderHtml(buildWeeklyReport([withoutText], period));
    expect(phrasesOnly).toContain('<mark class="flattery">Great question</mark>');
    expect(phrasesOnly).not.toContain('pros and cons');
  });
});

describe('renderHtml for a date range', () => {
  it('names the range in the headline and labels long axes by date', () => {
    const report = buildWeeklyReport(syntheticRows(600, NOW, 100), { now: NOW, period: '2026-09-01..2026-11-20', zone: 'UTC' });
    const html = renderHtml(report);
    expect(html).toMatch(/replies scored in the 81 days to 20 Nov 2026 were flagged/);
    expect(html).toMatch(/<h1>1 Sept?\s–\s20 Nov 2026<\/h1>/);
    const dayChart = html.slice(html.indexOf('id="days-title"'), html.indexOf('id="weeks-title"'));
    expect(dayChart).toMatch(/>1 Sept?<\/text>/);
    expect(dayChart).not.toMatch(/>2 Sept?<\/text>/);
    expect(dayChart).not.toMatch(/n=\d/);
  });
});

describe('renderHtml in German', () => {
  // 1,234 replies on Tuesday of week 47, every other one flagged (60), the rest at 20.
  const rows = Array.from({ length: 1234 }, (_, i) => row({ time: Date.parse('2026-11-17T06:00:00Z') + i * 30_000, overall: i % 2 === 0 ? 60 : 20 }));
  const html = renderHtml(buildWeeklyReport(rows, { now: NOW, period: '2026-W47', zone: 'UTC' }), { language: 'de' });
  const NBSP = '\u00a0';

  it('writes the headline, headings and figures in German, numbers as German writes them', () => {
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Anbiederungsbericht · Woche 47, 2026</title>');
    expect(html).toContain('<h1>Woche 47, 2026</h1>');
    expect(html).toContain(`<p class="headline">50${NBSP}% der 1.234 in Woche 47 bewerteten Antworten wurden als anbiedernd markiert, bei einem Durchschnittswert von 40/100.</p>`);
    for (const heading of ['Was sich verändert hat', 'Tag für Tag', 'Letzte 12 Wochen', 'Nach Dimension', 'Nach Website', 'Nach Modell', 'Formulierungen, die die Werte bestimmt haben', 'Die anbiederndsten Antworten']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    expect(html).toContain('<div class="value">1.234</div>');
    expect(html).toContain('als anbiedernd markiert (617 von 1.234)');
    expect(html).toContain('Am Dienstag gab es die meisten markierten Antworten (617).');
    expect(html).toContain('<summary>Als Tabelle zeigen</summary>');
    expect(html).toContain('Tage und Wochen werden in UTC gezählt.');
    // No English sentence survives around the German ones.
    expect(html).not.toMatch(/\b(replies|flagged|Average|week before|Open conversation|Show as a table)\b/);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('renders an empty week as a German empty state', () => {
    const empty = renderHtml(buildWeeklyReport([], { now: NOW, period: '2026-W47', zone: 'UTC' }), { language: 'de' });
    expect(empty).toContain('Es wurde in Woche 47 keine Antwort bewertet.');
    expect(empty).toContain('<h2>Nichts zu berichten – diese Woche</h2>');
    expect(empty).toContain('kein Vergleich möglich');
    expect(empty).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('keeps hostile text as text in German too', () => {
    const hostile = renderHtml(hostileReport(), { language: 'de' });
    expect(hostile).not.toContain(SCRIPT);
    expect(hostile).not.toContain(IMG);
    expect(hostile).not.toMatch(/<img|<i>|<b>|href="javascript/i);
    expect(hostile).toContain('&lt;script>alert(1)&lt;/script>');
    expect(hostile).toContain('>Die anbiederndsten Antworten</h2>');
  });

  it('falls back to English for a language it does not ship', () => {
    const french = renderHtml(buildWeeklyReport([], { now: NOW, period: '2026-W47', zone: 'UTC' }), { language: 'fr' });
    expect(french).toContain('<html lang="en">');
    expect(french).toContain('No replies were scored in week 47.');
  });
});
