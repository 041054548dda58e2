// The whole history as one JSON file, and reading such a file back. Restoring goes through
// mergeReplies, so it is validated first, written in one transaction, and idempotent.
import { DIMENSIONS, EVIDENCE_SOURCES, type Evidence, type EvidenceSource } from '../scorer/types';
import type { ProbeDatabase } from './index';
import { replyKey, type ReplyRecord } from './record';

export const BACKUP_FORMAT = 'sycophancy-probe/backup';
export const BACKUP_SCHEMA = 1;
/** Rows read per database request while writing a backup: bounded memory per step. */
const PAGE = 2000;

/** A backup that cannot be restored. The message says what was wrong and where. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface RestoredHistory {
  replies: ReplyRecord[];
  /** Conversation titles by conversation key. */
  titles: Map<string, string>;
}

/** The backup file's text, as parts of a Blob: rows are read page by page, never all at once as one string. */
export async function backupParts(db: ProbeDatabase, now: number): Promise<string[]> {
  const conversations = await db.conversations.toArray();
  const header = { format: BACKUP_FORMAT, schema: BACKUP_SCHEMA, exportedAt: new Date(now).toISOString(), conversations };
  const parts = [`${JSON.stringify(header).slice(0, -1)},"replies":[`];
  let after: string | null = null;
  let first = true;
  for (;;) {
    const page: ReplyRecord[] = await (after === null ? db.replies.orderBy(':id') : db.replies.where(':id').above(after)).limit(PAGE).toArray();
    if (page.length === 0) break;
    for (const row of page) {
      parts.push(`${first ? '' : ','}\n${JSON.stringify(row)}`);
      first = false;
    }
    after = page[page.length - 1]!.key;
  }
  parts.push('\n]}\n');
  return parts;
}

type Fields = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value).slice(0, 40);
}

class Place {
  constructor(readonly file: string, readonly path: string) {}
  fail(field: string, expected: string, found: unknown): never {
    throw new BackupError(`${this.file}: ${this.path}.${field}: expected ${expected}, found ${describe(found)}`);
  }
  string(o: Fields, field: string, nonEmpty = true): string {
    const value = o[field];
    if (typeof value !== 'string' || (nonEmpty && value === '')) this.fail(field, nonEmpty ? 'a non-empty string' : 'a string', value);
    return value;
  }
  optionalString(o: Fields, field: string): string | undefined {
    return o[field] === undefined ? undefined : this.string(o, field, false);
  }
  number(o: Fields, field: string, nullable: boolean): number | null {
    const value = o[field];
    if (nullable && value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, nullable ? 'a number or null' : 'a number', value);
    return value;
  }
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEvidence(value: unknown, place: Place): Evidence {
  if (!isFields(value)) return place.fail('', 'an evidence object', value);
  const dimension = value.dimension;
  if (!DIMENSIONS.includes(dimension as Evidence['dimension'])) place.fail('dimension', DIMENSIONS.join(' or '), dimension);
  const span: Evidence = {
    dimension: dimension as Evidence['dimension'],
    text: place.string(value, 'text', false),
    start: place.number(value, 'start', false)!,
    end: place.number(value, 'end', false)!,
  };
  // Offsets into the previous answer: dropping `in` would make them point into the reply.
  if (value.in !== undefined) {
    if (!EVIDENCE_SOURCES.includes(value.in as EvidenceSource)) place.fail('in', EVIDENCE_SOURCES.map((v) => `"${v}"`).join(' or '), value.in);
    span.in = value.in as EvidenceSource;
  }
  if (value.signal !== undefined) span.signal = place.string(value, 'signal', false);
  if (value.weight !== undefined) span.weight = place.number(value, 'weight', false)!;
  return span;
}

/** One reply row, checked field by field and copied, so nothing unknown reaches the database. */
function readReply(value: unknown, place: Place): ReplyRecord {
  if (!isFields(value)) return place.fail('', 'a reply object', value);
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) place.fail('version', 'a whole number from 1', version);
  const capitulation = value.capitulation;
  if (typeof capitulation !== 'boolean') place.fail('capitulation', 'true or false', capitulation);
  const origin = value.origin;
  if (origin !== 'live' && origin !== 'import') place.fail('origin', '"live" or "import"', origin);
  const model = value.model === null ? null : place.string(value, 'model');
  if (!Array.isArray(value.evidence)) place.fail('evidence', 'an array', value.evidence);
  const row: ReplyRecord = {
    key: place.string(value, 'key'),
    site: place.string(value, 'site'),
    conversation: place.string(value, 'conversation'),
    message: place.string(value, 'message'),
    version,
    time: place.number(value, 'time', false)!,
    model,
    overall: place.number(value, 'overall', true),
    flattery: place.number(value, 'flattery', true),
    emoji: place.number(value, 'emoji', true),
    agreement: place.number(value, 'agreement', true),
    capitulation,
    language: place.string(value, 'language', false),
    evidence: value.evidence.map((span, i) => readEvidence(span, new Place(place.file, `${place.path}.evidence[${i}]`))),
    scorerVersion: place.string(value, 'scorerVersion', false),
    origin,
  };
  for (const field of ['contentHash', 'text', 'userText', 'url', 'previousMessage'] as const) {
    const text = place.optionalString(value, field);
    if (text !== undefined) row[field] = text;
  }
  if (row.key !== replyKey(row)) place.fail('key', `"${replyKey(row)}" (its site, conversation, message and version)`, row.key);
  return row;
}

/** Validates a parsed backup file whole: its rows, or a BackupError saying what and where. */
export function readBackup(value: unknown, file: string): RestoredHistory {
  if (!isFields(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError(`${file}: not a Sycophancy Probe backup (expected an object with "format": "${BACKUP_FORMAT}")`);
  }
  if (typeof value.schema !== 'number' || value.schema > BACKUP_SCHEMA) {
    throw new BackupError(`${file}: written by a newer version of the extension (backup schema ${describe(value.schema)}); update it first`);
  }
  if (!Array.isArray(value.replies)) new Place(file, 'backup').fail('replies', 'an array', value.replies);
  const replies = (value.replies as unknown[]).map((row, i) => readReply(row, new Place(file, `replies[${i}]`)));
  const titles = new Map<string, string>();
  const conversations = Array.isArray(value.conversations) ? value.conversations : [];
  conversations.forEach((entry: unknown, i) => {
    const place: Place = new Place(file, `conversations[${i}]`);
    if (!isFields(entry)) return place.fail('', 'a conversation object', entry);
    const title = place.optionalString(entry, 'title');
    if (title) titles.set(`${place.string(entry, 'site')}|${place.string(entry, 'conversation')}`, title);
  });
  return { replies, titles };
}

/** Parses and validates a backup file's text. */
export function parseBackup(text: string, file: string): RestoredHistory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return readBackup(value, file);
}
