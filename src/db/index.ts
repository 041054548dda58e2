import Dexie, { type Table } from 'dexie';
import type { ReplyRecord } from './record';

export type { ReplyRecord } from './record';
export { replyKey } from './record';

export const DATABASE_NAME = 'sycophancy-probe';

/**
 * The extension's history, in the extension's own origin (content scripts never open it; they
 * message the background). Indexes serve the report's queries: time ranges, per site, per model,
 * and every version of one message.
 */
export class ProbeDatabase extends Dexie {
  replies!: Table<ReplyRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      replies: 'key, time, site, model, [site+conversation+message]',
    });
  }
}
