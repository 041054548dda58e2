/** The chat sites whose data exports can be imported. */
export type ExportSite = 'chatgpt' | 'claude';

/** One version of one assistant reply found in a data export, paired with the turns around it. */
export interface ImportedReply {
  site: ExportSite;
  conversation: string;
  /**
   * The reply slot's id: the export's id of the first message of version 1. Regenerations and
   * A/B variants of the same slot share it and differ by `version`.
   */
  message: string;
  /** 1-based, in the order the site created the versions (stable when a later export adds more). */
  version: number;
  /** The export's own id of this version's first message (equals `message` for version 1). */
  source: string;
  /** When the reply was written (epoch ms). */
  time: number;
  model: string | null;
  /** The user turn this version answers, when it has text. */
  user?: string;
  /** The assistant's previous reply on the conversation's shown branch. */
  previous?: string;
  /** Its reply slot's `message` id. */
  previousMessage?: string;
  reply: string;
  /** Whether this version is on the branch the site showed; absent when the export does not say. */
  shown?: boolean;
  title?: string;
  url?: string;
}

/** Counts by human-readable reason, e.g. { "tool output message": 11 }. */
export type ReasonCounts = Record<string, number>;

/** One conversation of an export, walked and validated as a whole. */
export interface ImportedConversation {
  /** 0-based position in the export's top-level array. */
  index: number;
  site: ExportSite;
  id: string;
  title?: string;
  replies: ImportedReply[];
  /** What was left out and why (messages, content blocks, empty conversations). */
  skipped: ReasonCounts;
  /** What was taken but is worth knowing about (unfinished messages, borrowed times). */
  notes: ReasonCounts;
}

export interface ImportSummary {
  conversations: number;
  replies: number;
  skipped: ReasonCounts;
  notes: ReasonCounts;
}

export interface ImportProgress {
  /** Bytes of the file read so far (of the zip, for a zip). */
  bytesRead: number;
  /** The file's size when known. */
  totalBytes: number | null;
  conversations: number;
  replies: number;
}

/** A malformed or unexpected export. The message says what was wrong and where. */
export class ImportError extends Error {
  override name = 'ImportError';
}
