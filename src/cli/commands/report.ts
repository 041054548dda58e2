import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWeeklyReport, renderReport, reportFileName, REPORT_FORMATS, resolvePeriod, systemZone, type PeriodSpec, type ReportFormat } from '../../report';
import { LOCALES } from '../../i18n';
import { ImportError } from '../../import';
import type { Command } from '../command';
import { readReportInput, type ReportInput } from '../report-input';

const HELP = `Usage: sycophancy-probe report <export.zip | conversations.json | scored.jsonl | -> [options]

Builds the weekly sycophancy report from
  - a ChatGPT or Claude data export (the .zip or its conversations.json): every reply is scored now
    with the current scorer, as "import" would;
  - or scored JSON Lines (the output of "score" or "import --out"): figures as stored. Each line needs
    "sycophancy" (the score object) and "time" (ISO 8601); "site", "conversation", "message",
    "model", "user", "reply" and "url" are used when present.
The kind of input is told from its first bytes.

Options:
  --week 2026-W47          ISO week to report (default: the last complete week)
  --from 2026-11-01        first day of a date range instead of a week (with --to)
  --to 2026-11-10          last day of the range, inclusive
  --zone Europe/Berlin     IANA time zone or offset like +02:00 (default: this machine's, ${systemZone()})
  --format html|md|csv|json  (default: from --out's extension, else html)
  ${`--lang ${LOCALES.join('|')}`.padEnd(25)}language of the HTML and Markdown report (default: en); CSV and JSON
                           are data and read the same in every language
  --out FILE               where to write; "-" for stdout (default: sycophancy-report-<week>.<format>)
A line that is not valid JSON or lacks a score or time is reported on stderr and skipped.
Exit code: 0 when every line was used, 1 when any line was skipped or the file could not be read
(a malformed export writes nothing), 2 on bad options (an unknown --lang included).`;

function formatFrom(value: string | undefined, out: string | undefined): ReportFormat | null {
  const wanted = value ?? (out && out !== '-' ? extname(out).slice(1).replace(/^markdown$/, 'md') : 'html');
  if ((REPORT_FORMATS as readonly string[]).includes(wanted)) return wanted as ReportFormat;
  return value === undefined ? 'html' : null;
}

function periodFrom(values: { week?: string; from?: string; to?: string }): { spec?: PeriodSpec; error?: string } {
  if (values.week && (values.from || values.to)) return { error: 'use either --week or --from/--to' };
  if (values.from && values.to) return { spec: { from: values.from, to: values.to } };
  if (values.from || values.to) return { error: 'a range needs both --from and --to' };
  return values.week ? { spec: values.week } : {};
}

/** "1 reply", "2 replies": the command's own messages on stderr are English. */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

export const report: Command = {
  name: 'report',
  summary: 'build the weekly report (html, md, csv or json) from a ChatGPT/Claude export or scored JSON Lines',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        week: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        zone: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string', short: 'o' },
      },
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const input = positionals[0];
    const format = formatFrom(values.format, values.out);
    const period = periodFrom(values);
    const language = values.lang ?? 'en';
    const usage =
      !input || positionals.length > 1
        ? 'give one input file (or - for stdin)'
        : !format
          ? `--format must be one of ${REPORT_FORMATS.join(', ')}`
          : !LOCALES.includes(language)
            ? `--lang must be one of ${LOCALES.join(', ')}, not "${language}"`
            : period.error;
    if (usage || !input || !format) {
      console.error(`report: ${usage}\n\n${HELP}`);
      return 2;
    }
    const options = { now: Date.now(), period: period.spec, zone: values.zone ?? systemZone() };
    try {
      resolvePeriod(options.period, options.now, options.zone); // bad weeks, dates and zones fail before any reading
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      console.error(`report: ${error.message}`);
      return 2;
    }
    let read: ReportInput;
    try {
      read = await readReportInput(input);
    } catch (error) {
      if (!(error instanceof ImportError) && !isFileError(error)) throw error;
      console.error(`report: ${(error as Error).message}`);
      return 1;
    }
    const { rows, problems } = read;
    for (const problem of problems) console.error(problem);
    if (read.summary) console.error(`read ${input}: ${plural(read.summary.conversations, 'conversation')}, ${plural(read.summary.replies, 'reply', 'replies')} scored with the current scorer`);
    const model = buildWeeklyReport(rows, options);
    const output = renderReport(model, format, { language });
    const out = values.out ?? reportFileName(model.period, format);
    if (out === '-') process.stdout.write(output);
    else {
      await writeFile(out, output);
      console.error(`wrote ${out}: ${plural(model.totals.scored, 'scored reply', 'scored replies')} in ${model.period.id}${problems.length ? `, ${problems.length} line(s) skipped` : ''}`);
    }
    return problems.length > 0 ? 1 : 0;
  },
};
