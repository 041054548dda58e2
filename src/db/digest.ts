// The `replyDigests` table: a few numbers per reply row, all the report's trend weeks, its
// previous period and the popup need. Reading these instead of full rows (evidence, excerpts,
// text) is what makes a report over a year of history fast.
//
// The table is kept equal to `replies` by one DBCore middleware, not by each write path: every
// read-write transaction that includes `replies` also includes `replyDigests`, and every add, put,
// delete and range delete on `replies` is repeated on it in the same transaction, with the same
// primary keys. Imports, restores, live saves, re-scoring, retention and "delete everything"
// cannot forget it, and an aborted transaction rolls both back.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware, Transaction } from 'dexie';
import type { ReplyRecord, ReplyScores } from './record';

export const DIGEST_TABLE = 'replyDigests';
const SOURCE_TABLE = 'replies';

/** One reply row's figures, keyed like the row (`site|conversation|message|version`). */
export type ReplyDigest = ReplyScores & Pick<ReplyRecord, 'key'>;

export function digestOf(row: ReplyRecord): ReplyDigest {
  return {
    key: row.key,
    time: row.time,
    overall: row.overall,
    flattery: row.flattery,
    emoji: row.emoji,
    agreement: row.agreement,
    capitulation: row.capitulation,
  };
}

/** The same change on the digest table, or null when there is nothing to repeat. */
function mirrorOf(request: DBCoreMutateRequest, response: DBCoreMutateResponse): DBCoreMutateRequest | null {
  const trans = request.trans;
  switch (request.type) {
    case 'add':
    case 'put': {
      // Only the rows that were written (a bulkAdd outside a transaction keeps its other rows).
      const values = request.values.filter((_, i) => !(i in response.failures)).map((row: ReplyRecord) => digestOf(row));
      return values.length > 0 ? { type: 'put', trans, values } : null;
    }
    case 'delete':
      return request.keys.length > 0 ? { type: 'delete', trans, keys: request.keys } : null;
    case 'deleteRange':
      // Ranges of `replies` primary keys are ranges of digest keys too.
      return { type: 'deleteRange', trans, range: request.range };
  }
}

/** The upgrade transaction of a schema version before the digest table has no such store. */
function holdsDigests(trans: DBCoreMutateRequest['trans']): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(DIGEST_TABLE);
}

function mirroredTable(replies: DBCoreTable, digests: () => DBCoreTable): DBCoreTable {
  return {
    ...replies,
    async mutate(request) {
      const response = await replies.mutate(request);
      const mirror = holdsDigests(request.trans) ? mirrorOf(request, response) : null;
      if (mirror) {
        const mirrored = await digests().mutate(mirror);
        // Failing here would leave the tables apart: fail the caller's write too (its transaction aborts).
        if (mirrored.numFailures > 0) throw Object.values(mirrored.failures)[0];
      }
      return response;
    },
  };
}

export const digestMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'reply-digests',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(SOURCE_TABLE) && !stores.includes(DIGEST_TABLE);
        return down.transaction(widened ? [...stores, DIGEST_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === SOURCE_TABLE ? mirroredTable(table, () => down.table(DIGEST_TABLE)) : table;
      },
    };
  },
};

/** Schema v3 adds the digest table: built here from the rows the database already holds. */
export async function digestsFromReplies(tx: Transaction): Promise<void> {
  const digests: ReplyDigest[] = [];
  await tx.table<ReplyRecord, string>(SOURCE_TABLE).each((row) => void digests.push(digestOf(row)));
  await tx.table<ReplyDigest, string>(DIGEST_TABLE).bulkPut(digests);
}
