// The work of one import or restore, as the history page's worker runs it: read and check the
// whole file, then write its rows in one transaction. Nothing is written unless everything read.
import type { ProbeDatabase } from '../../db';
import { parseBackup } from '../../db/backup';
import { conversationKey } from '../../db/conversation';
import { mergeReplies, type MergeResult } from '../../db/merge';
import type { ReplyRecord } from '../../db/record';
import { applyTextPolicy, type TextStorage } from '../../db/text-policy';
import { addToSummary, emptySummary, readExport, scoreImported, sha256Hex, toReplyRecord, type ImportSummary } from '../../import';

export type JobKind = 'import' | 'restore';

export interface JobRequest {
  kind: JobKind;
  file: File;
  /** The user's text setting: what of the words is kept. */
  textStorage: TextStorage;
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

export async function runJob(db: ProbeDatabase, request: JobRequest, signal: AbortSignal, report: Report): Promise<JobResult> {
  const { kind, file, textStorage } = request;
  const { rows, titles, summary } =
    kind === 'import' ? await rowsFromExport(file, textStorage, signal, report) : await rowsFromBackup(file, textStorage, report);
  signal.throwIfAborted();
  report({ phase: 'saving', bytesRead: file.size, totalBytes: file.size, conversations: summary.conversations, replies: rows.length });
  const merged = await mergeReplies(db, rows, { titles, signal });
  return { kind, file: file.name, ...summary, ...merged };
}
