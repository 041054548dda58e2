import Dexie, { type Table } from 'dexie';
import type { ConversationRecord } from './conversation';
import { digestMirror, type DigestKeyPage, type DigestPage } from './digest';
import type { ReplyRecord } from './record';
import { SCHEMA } from './schema';

export type { ConversationRecord } from './conversation';
export type { DigestKeyPage, DigestPage, ReplyDigest } from './digest';
export type { ReplyRecord, ReplyScores } from './record';
export { replyKey } from './record';

export const DATABASE_NAME = 'sycophancy-probe';

/** A small fact about the history itself, e.g. { key: 'last-purge', value: 1764151200000 }. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The extension's history, in the extension's own origin (content scripts never open it; they
 * message the background). Indexes serve the report's queries: time ranges, per site, per model,
 * and every version of one message. Its versions are listed in schema.ts. Every write to `replies`
 * updates `digests` and `digestKeys` in the same transaction (digest.ts).
 */
export class ProbeDatabase extends Dexie {
  replies!: Table<ReplyRecord, string>;
  conversations!: Table<ConversationRecord, string>;
  meta!: Table<MetaRecord, string>;
  /** Every row's figures, one page per UTC hour, kept equal to `replies` by `digestMirror` (digest.ts); never written directly. */
  digests!: Table<DigestPage, number>;
  /** The keys of the same rows, page by page in the same order. */
  digestKeys!: Table<DigestKeyPage, number>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(digestMirror);
  }
}
