// The work of one import or restore, as the import worker runs it: read and check the
// whole file, then write its rows in one transaction. Nothing is written unless everything read.
import type { ProbeDatabase } from '../../db';
import { parseBackup } from '../../db/backup';
import { conversationKey } from '../../db/conversation';
import { mergeReplies, type MergeResult } from '../../db/merge';
import type { ReplyRecord } from '../../db/record';
import { retentionCutoff } from '../../db/retention';
import { applyTextPolicy, type TextStorage } from '../../db/text-policy';
import { addCount } from '../../import/tally';
import type { Settings } from '../../settings';
import { addToSummary, emptySummary, readExport, scoreImported, sha256Hex, toReplyRecord, type ImportSummary } from '../../import';

export type JobKind = 'import' | 'restore';

export interface JobRequest {
  kind: JobKind;
  file: File;
  /** The user's settings for what of the words is kept, and for how long. */
  keep: Pick<Settings, 'textStorage' | 'retentionDays'>;
}

export interface JobProgress {
  phase: 'reading' | 'saving';
  bytesRead: number;
  totalBytes: number | null;
  conversations: number;
  replies: number;
}

export interface JobResult extends MergeResult, ImportSummary {
  kind: JobKind;
  file: string;
  /** Time of the newest reply in the file (of those kept), so a page can show its week; null when none. */
  newest: number | null;
}

interface Rows {
  rows: ReplyRecord[];
  titles: Map<string, string>;
  summary: ImportSummary;
}

type Report = (progress: JobProgress) => void;

async function rowsFromExport(file: File, textStorage: TextStorage, signal: AbortSignal, report: Report): Promise<Rows> {
  const rows: ReplyRecord[] = [];
  const titles = new Map<string, string>();
  const summary = emptySummary();
  const onProgress = (p: Omit<JobProgress, 'phase'>) => report({ phase: 'reading', ...p });
  for await (const conversation of readExport(file, { name: file.name, signal, onProgress })) {
    addToSummary(summary, conversation);
    for (const reply of conversation.replies) {
      // Scored with the full text (and hashed, so a reply seen live is recognised); then trimmed.
      const record = toReplyRecord(reply, scoreImported(reply), { keepText: true, contentHash: await sha256Hex(reply.reply) });
      rows.push(applyTextPolicy(record, textStorage));
      if (conversation.title) titles.set(conversationKey(record), conversation.title);
    }
  }
  return { rows, titles, summary };
}

async function rowsFromBackup(file: File, textStorage: TextStorage, report: Report): Promise<Rows> {
  const totalBytes = file.size;
  report({ phase: 'reading', bytesRead: 0, totalBytes, conversations: 0, replies: 0 });
  const { replies, titles } = parseBackup(await file.text(), file.name);
  const conversations = new Set(replies.map(conversationKey)).size;
  report({ phase: 'reading', bytesRead: totalBytes, totalBytes, conversations, replies: replies.length });
  const rows = replies.map((row) => applyTextPolicy(row, textStorage));
  return { rows, titles, summary: { conversations, replies: rows.length, skipped: {}, notes: {} } };
}

/** Leaves out rows the retention setting would delete at its next daily run, and says so. */
function withinRetention({ rows, summary }: Rows, retentionDays: number | null, now: number): ReplyRecord[] {
  const cutoff = retentionCutoff(now, retentionDays);
  if (cutoff === null) return rows;
  const kept = rows.filter((row) => row.time >= cutoff);
  if (kept.length < rows.length) addCount(summary.skipped, `older than your retention setting (${retentionDays} days)`, rows.length - kept.length);
  return kept;
}

export async function runJob(db: ProbeDatabase, request: JobRequest, signal: AbortSignal, report: Report, now = Date.now()): Promise<JobResult> {
  const { kind, file, keep } = request;
  const read = kind === 'import' ? await rowsFromExport(file, keep.textStorage, signal, report) : await rowsFromBackup(file, keep.textStorage, report);
  const { titles, summary } = read;
  const rows = withinRetention(read, keep.retentionDays, now);
  signal.throwIfAborted();
  report({ phase: 'saving', bytesRead: file.size, totalBytes: file.size, conversations: summary.conversations, replies: rows.length });
  const merged = await mergeReplies(db, rows, { titles, signal });
  const newest = rows.reduce<number | null>((latest, row) => (latest === null || row.time > latest ? row.time : latest), null);
  return { kind, file: file.name, ...summary, ...merged, newest };
}
