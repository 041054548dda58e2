// Imported replies become scored rows of the same shape the live content script stores.
import { replyKey, type ReplyRecord } from '../db/record';
import { scoreFields } from '../db/score-fields';
import { scoreReply, type SycophancyScore } from '../scorer';
import { importExport, type ReadExportOptions } from './read-export';
import type { ExportSource } from './source';
import type { ImportedReply, ImportSummary } from './types';

export interface RecordOptions {
  /** Keep the reply and user text in the row (the user's storage setting decides). */
  keepText?: boolean;
  /** SHA-256 (hex) of the reply text, as live rows carry it. */
  contentHash?: string;
}

export function scoreImported(reply: ImportedReply): SycophancyScore {
  return scoreReply({ reply: reply.reply, user: reply.user, previous: reply.previous });
}

export function toReplyRecord(reply: ImportedReply, score: SycophancyScore, options: RecordOptions = {}): ReplyRecord {
  const record: ReplyRecord = {
    key: replyKey(reply),
    site: reply.site,
    conversation: reply.conversation,
    message: reply.message,
    version: reply.version,
    time: reply.time,
    model: reply.model,
    ...scoreFields(score),
    origin: 'import',
  };
  if (reply.url !== undefined) record.url = reply.url;
  if (reply.previousMessage !== undefined) record.previousMessage = reply.previousMessage;
  if (options.contentHash !== undefined) record.contentHash = options.contentHash;
  if (options.keepText) {
    record.text = reply.reply;
    if (reply.user !== undefined) record.userText = reply.user;
  }
  return record;
}

/**
 * Scores a whole export into rows for the database: all of them, or an ImportError and none, so
 * the caller can write them in one transaction. Same file, same keys.
 */
export async function importRecords(
  source: ExportSource,
  options: ReadExportOptions & RecordOptions = {},
): Promise<{ records: ReplyRecord[]; summary: ImportSummary }> {
  const { replies, summary } = await importExport(source, options);
  const records: ReplyRecord[] = [];
  for (const reply of replies) {
    const contentHash = await sha256Hex(reply.reply);
    records.push(toReplyRecord(reply, scoreImported(reply), { ...options, contentHash }));
  }
  return { records, summary };
}

/** Hex SHA-256 of the text: WebCrypto, which both workers and Node 20 have. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
