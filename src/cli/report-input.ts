// What `report` reads: scored JSON Lines, or a ChatGPT / Claude data export (conversations.json
// or the zip), told apart by their first bytes so stdin works too.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReplyRecord } from '../db/record';
import { importRecords, type ImportSummary } from '../import';
import { loadScoredLines } from '../report/load-scored';
import { readLines } from './jsonl';

export type InputKind = 'export' | 'jsonl';

/** Enough bytes to see past a BOM and the blank lines or spaces a pretty-printer puts first. */
const SNIFF_BYTES = 4096;

/** A zip, or JSON whose top level is an array, is a data export; anything else is read as JSON Lines (objects, one a line). */
export function inputKind(head: Uint8Array): InputKind {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'export'; // "PK": a zip
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('[') ? 'export' : 'jsonl';
}

export interface ReportInput {
  kind: InputKind;
  rows: ReplyRecord[];
  /** Lines of JSON Lines input that could not be used (an export is all or nothing: it throws instead). */
  problems: string[];
  /** For an export: what was read and skipped. */
  summary?: ImportSummary;
}

/** Reads the first bytes for sniffing, then hands back every chunk, those bytes included. */
async function peek(chunks: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    size += next.value.length;
  }
  async function* all() {
    yield* buffered;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(buffered).subarray(0, SNIFF_BYTES), all: all() };
}

/**
 * Rows for the report from a file path or "-" (stdin). Export replies are scored here with the
 * current scorer and keep their text, so the report can quote them. Throws ImportError on a bad export.
 */
export async function readReportInput(input: string): Promise<ReportInput> {
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const { head, all } = await peek(stream);
  if (inputKind(head) === 'jsonl') {
    const { rows, problems } = await loadScoredLines(readLines(Readable.from(all)));
    return { kind: 'jsonl', rows, problems };
  }
  const { records, summary } = await importRecords(all, { name: input === '-' ? 'stdin' : basename(input), keepText: true });
  return { kind: 'export', rows: records, problems: [], summary };
}
