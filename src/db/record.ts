import type { Evidence } from '../scorer/types';

/**
 * One scored version of one assistant reply, as stored and as the report reads it.
 * (site, conversation, message, version) identifies it; seeing it again never adds a row.
 */
export interface ReplyRecord {
  /** `${site}|${conversation}|${message}|${version}` — the primary key. */
  key: string;
  /** Site adapter id ("chatgpt", "claude", …); imports keep the real site too. */
  site: string;
  conversation: string;
  message: string;
  /** 1 for the first text seen for a message; edits and regenerations add versions. */
  version: number;
  /** When the reply was written (epoch ms): seen time in the browser, create time in imports. */
  time: number;
  model: string | null;
  overall: number | null;
  flattery: number | null;
  emoji: number | null;
  agreement: number | null;
  capitulation: boolean;
  language: string;
  evidence: Evidence[];
  /** Hash of the reply text, so the same text seen again is recognised without storing it. */
  contentHash?: string;
  /** Version of the scorer that produced these figures (past weeks stay reproducible). */
  scorerVersion: string;
  /** Full reply text, only when the user's storage setting keeps it. */
  text?: string;
  /** The user turn it answered, only when the storage setting keeps text. */
  userText?: string;
  /**
   * The message id of the assistant reply before it in the conversation, whose text was the
   * previous answer capitulation was judged against; re-scoring reads it back from that row.
   */
  previousMessage?: string;
  /** Where the reply can be opened again. */
  url?: string;
  /** How the row arrived: live in a tab, or from a data export. */
  origin: 'live' | 'import';
}

/** The figures of a row that tallies read: all a trend week, a previous period or the popup needs. */
export type ReplyScores = Pick<ReplyRecord, 'time' | 'overall' | 'flattery' | 'emoji' | 'agreement' | 'capitulation'>;

export function replyKey(r: Pick<ReplyRecord, 'site' | 'conversation' | 'message' | 'version'>): string {
  return `${r.site}|${r.conversation}|${r.message}|${r.version}`;
}

/** A key split back into its message (`site|conversation|message`) and version: the version is the last part. */
export function splitReplyKey(key: string): { message: string; version: number } {
  const at = key.lastIndexOf('|');
  return { message: key.slice(0, at), version: Number(key.slice(at + 1)) };
}
