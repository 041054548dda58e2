import { createReadStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { addToSummary, emptySummary, ImportError, readExport, scoreImported, type ImportedReply, type ImportProgress, type ImportSummary } from '../../import';
import type { SycophancyScore } from '../../scorer';
import type { Command } from '../command';

const HELP = `Usage: sycophancy-probe import <file> [--out scored.jsonl]

Reads a ChatGPT or Claude data export (conversations.json, or the export .zip), scores every
assistant reply with its user turn and previous reply, and prints a summary: conversations,
replies scored, and what was skipped and why.
  --out FILE  also write JSON Lines, one scored reply per line:
              { site, conversation, message, version, time (ISO 8601), model, user, reply, url, sycophancy }
              ("sycophancy" is the same object the score command adds)
A malformed file exits 1 with a message saying what was wrong and where, and writes no --out file.
Exit code: 0 on success (skipped messages are normal), 1 on a bad file, 2 on bad arguments.`;

export const importCommand: Command = {
  name: 'import',
  summary: 'score every reply in a ChatGPT or Claude data export (JSON or zip)',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
    } catch (error) {
      console.error(`import: ${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      console.error(`import: expected exactly one export file\n\n${HELP}`);
      return 2;
    }
    try {
      const summary = await importFile(file, values.out);
      console.log(formatSummary(summary, values.out));
      return 0;
    } catch (error) {
      if (!(error instanceof ImportError) && !isFileError(error)) throw error;
      console.error(`import: ${(error as Error).message}`);
      return 1;
    }
  },
};

/** Scores the export; the --out file appears, by rename, only once the whole export has been read. */
async function importFile(file: string, out: string | undefined): Promise<ImportSummary> {
  const { size } = await stat(file); // a missing file fails here, before any output exists
  const summary = emptySummary();
  const temp = out === undefined ? undefined : `${out}.${process.pid}.partial`;
  const sink = temp === undefined ? undefined : await open(temp, 'w');
  try {
    for await (const conversation of readExport(createReadStream(file), { name: basename(file), onProgress: progressLine(size) })) {
      addToSummary(summary, conversation);
      const lines = conversation.replies.map((reply) => toLine(reply, scoreImported(reply)));
      await sink?.write(lines.join(''));
    }
    await sink?.close();
    if (temp !== undefined && out !== undefined) await rename(temp, out);
    return summary;
  } catch (error) {
    if (temp !== undefined) {
      await sink?.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    }
    throw error;
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  }
}

/** On a terminal, a progress line on stderr at most ten times a second; elsewhere nothing. */
function progressLine(size: number): ((p: ImportProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    if (Date.now() - last < 100) return;
    last = Date.now();
    process.stderr.write(`\r\x1b[Kreading ${Math.floor((100 * p.bytesRead) / Math.max(size, 1))}% · ${p.conversations} conversations · ${p.replies} replies`);
  };
}

function toLine(reply: ImportedReply, sycophancy: SycophancyScore): string {
  const { site, conversation, message, version, model, user, reply: text, url } = reply;
  return `${JSON.stringify({ site, conversation, message, version, time: new Date(reply.time).toISOString(), model, user: user ?? null, reply: text, url, sycophancy })}\n`;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function formatSummary(summary: ImportSummary, out: string | undefined): string {
  const lines = [`${summary.conversations} conversation(s), ${summary.replies} reply version(s) scored`];
  const section = (title: string, counts: Record<string, number>) => {
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) return;
    lines.push(`${title}:`);
    for (const [reason, n] of entries) lines.push(`  ${String(n).padStart(7)}  ${reason}`);
  };
  section('skipped', summary.skipped);
  section('taken, worth knowing', summary.notes);
  if (out !== undefined) lines.push(`wrote ${out}`);
  return lines.join('\n');
}
