import { parseArgs } from 'node:util';
import { scoreReply } from '../../scorer';
import type { Command } from '../command';
import { readLines } from '../jsonl';

const HELP = `Usage: sycophancy-probe score < replies.jsonl > scored.jsonl

Reads JSON Lines on stdin, one object per reply:
  reply     (required) the assistant reply
  user      (optional) the user turn it answers
  previous  (optional) the assistant's previous reply
Writes each object back, every field kept, with a "sycophancy" field added:
  { overall, dimensions: { flattery, emoji, agreement }, evidence: [{ dimension, text, start, end, in?, signal, weight }], language, version }
Evidence offsets index the reply; with in: "previous" they index "previous" (what the reply dropped
from it when it gave in to a pushback). A negative weight marks where the reply pushed back (weighed
both sides, sided with someone else, kept its answer): it lowered agreement, it is not sycophancy.
A line that is not valid JSON or has no "reply" string is reported on stderr and skipped.
Exit code: 0 when every line was scored, 1 when any line was skipped.`;

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export const score: Command = {
  name: 'score',
  summary: 'score JSON Lines of replies from stdin, write them with a "sycophancy" field',
  async run(args) {
    const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    let skipped = 0;
    for await (const { line, lineNumber } of readLines(process.stdin)) {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        skipped += 1;
        console.error(`line ${lineNumber}: not valid JSON (${(error as Error).message}); skipped`);
        continue;
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row) || typeof (row as { reply?: unknown }).reply !== 'string') {
        skipped += 1;
        console.error(`line ${lineNumber}: expected an object with a "reply" string; skipped`);
        continue;
      }
      const record = row as Record<string, unknown>;
      const sycophancy = scoreReply({
        reply: record.reply as string,
        user: optionalString(record.user),
        previous: optionalString(record.previous),
      });
      // Writes are awaited through the stream's backpressure so huge inputs do not pile up in memory.
      if (!process.stdout.write(`${JSON.stringify({ ...record, sycophancy })}\n`)) {
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    }
    if (skipped > 0) console.error(`${skipped} line(s) skipped`);
    return skipped > 0 ? 1 : 0;
  },
};
