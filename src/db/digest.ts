// The `digests` table: a few numbers per reply row (all the report's trend weeks, its previous
// period and the popup need), packed into one record per UTC hour. IndexedDB's cost is mostly per
// record read, not per byte: a report over 14 weeks reads ~2,400 hour pages instead of ~25,000
// full rows. Each page keeps every row's own time, so a span starting at any instant (a local
// midnight at +5:45, a DST change) is cut exactly.
//
// The table is kept equal to `replies` by one DBCore middleware, not by each write path: every
// read-write transaction that includes `replies` also includes `digests`, and every add, put,
// delete and range delete on `replies` updates the pages of the rows it wrote or removed, in the
// same transaction. Imports, restores, live saves, re-scoring, retention and "delete everything"
// cannot forget it, and an aborted transaction rolls both back.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import type { ProbeDatabase } from './index';
import type { ReplyRecord, ReplyScores } from './record';

export const DIGEST_TABLE = 'digests';
const SOURCE_TABLE = 'replies';
/** One page per UTC hour: small enough that a live save rewrites little, large enough to read few records. */
export const PAGE_MS = 3_600_000;
/** Dexie's DBCoreRangeType.Any (a const enum the bundler cannot read): `clear()`. */
const ANY_RANGE = 3;

/** One reply row's figures, keyed like the row (`site|conversation|message|version`). */
export type ReplyDigest = ReplyScores & Pick<ReplyRecord, 'key'>;

/** The digests of the rows written in one UTC hour, keyed by its first instant. */
export interface DigestPage {
  start: number;
  digests: ReplyDigest[];
}

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

export function pageStart(time: number): number {
  return Math.floor(time / PAGE_MS) * PAGE_MS;
}

/** Digests grouped into the pages they belong to. */
export function pagesOf(digests: Iterable<ReplyDigest>): DigestPage[] {
  const pages = new Map<number, ReplyDigest[]>();
  for (const digest of digests) {
    const start = pageStart(digest.time);
    const page = pages.get(start);
    if (page) page.push(digest);
    else pages.set(start, [digest]);
  }
  return [...pages].map(([start, digests]) => ({ start, digests }));
}

/** The digests of the rows written from `from` (inclusive) to `to` (exclusive). */
export async function digestsBetween(db: ProbeDatabase, from: number, to: number): Promise<ReplyDigest[]> {
  if (to <= from) return [];
  const pages = await db.digests.where(':id').between(pageStart(from), to, true, false).toArray();
  const digests: ReplyDigest[] = [];
  for (const page of pages) for (const digest of page.digests) if (digest.time >= from && digest.time < to) digests.push(digest);
  return digests;
}

/** What one write does to the pages: rows whose digests leave, rows whose digests arrive. */
interface Change {
  removed: Pick<ReplyRecord, 'key' | 'time'>[];
  added: ReplyRecord[];
  /** The whole table was cleared. */
  cleared: boolean;
}

const succeeded = (response: DBCoreMutateResponse) => (_: unknown, i: number) => !(i in response.failures);

/** The stored rows a write may replace or remove, read before it runs (adds replace nothing: a taken key fails). */
async function rowsBefore(replies: DBCoreTable, request: DBCoreMutateRequest): Promise<(ReplyRecord | undefined)[]> {
  const trans = request.trans;
  switch (request.type) {
    case 'add':
      return [];
    case 'put':
      return replies.getMany({ trans, keys: request.values.map((row: ReplyRecord) => row.key) });
    case 'delete':
      return replies.getMany({ trans, keys: request.keys });
    case 'deleteRange':
      if (request.range.type === ANY_RANGE) return [];
      return (await replies.query({ trans, values: true, query: { index: replies.schema.primaryKey, range: request.range } })).result;
  }
}

function changeOf(request: DBCoreMutateRequest, before: (ReplyRecord | undefined)[], response: DBCoreMutateResponse): Change {
  const ok = succeeded(response);
  const stored = (rows: (ReplyRecord | undefined)[]) => rows.filter((row, i): row is ReplyRecord => row !== undefined && ok(row, i));
  switch (request.type) {
    case 'add':
    case 'put':
      // Only the rows that were written (a bulkAdd outside a transaction keeps its other rows).
      return { removed: stored(before), added: request.values.filter(ok) as ReplyRecord[], cleared: false };
    case 'delete':
      return { removed: stored(before), added: [], cleared: false };
    case 'deleteRange':
      return { removed: response.numFailures > 0 ? [] : stored(before), added: [], cleared: request.range.type === ANY_RANGE && response.numFailures === 0 };
  }
}

/** Rewrites the pages a change touches; a page left empty is deleted. */
async function applyChange(digests: DBCoreTable, trans: DBCoreTransaction, change: Change): Promise<void> {
  if (change.cleared) {
    await expectWritten(digests.mutate({ type: 'deleteRange', trans, range: { type: ANY_RANGE, lower: undefined, upper: undefined } }));
    return;
  }
  // A key leaves the page it was in and the page it arrives in (a row written again is still one digest).
  const leaving = new Map<number, Set<string>>();
  for (const row of [...change.removed, ...change.added]) {
    const start = pageStart(row.time);
    const keys = leaving.get(start);
    if (keys) keys.add(row.key);
    else leaving.set(start, new Set([row.key]));
  }
  if (leaving.size === 0) return;
  const arriving = new Map(pagesOf(change.added.map(digestOf)).map((page) => [page.start, page.digests]));
  const starts = [...leaving.keys()];
  const pages: (DigestPage | undefined)[] = await digests.getMany({ trans, keys: starts });
  const puts: DigestPage[] = [];
  const deletes: number[] = [];
  starts.forEach((start, i) => {
    const keys = leaving.get(start)!;
    const kept = (pages[i]?.digests ?? []).filter((digest) => !keys.has(digest.key));
    const next = kept.concat(arriving.get(start) ?? []);
    if (next.length > 0) puts.push({ start, digests: next });
    else if (pages[i]) deletes.push(start);
  });
  if (puts.length > 0) await expectWritten(digests.mutate({ type: 'put', trans, values: puts }));
  if (deletes.length > 0) await expectWritten(digests.mutate({ type: 'delete', trans, keys: deletes }));
}

/** Failing here would leave the tables apart: fail the caller's write too (its transaction aborts). */
async function expectWritten(pending: Promise<DBCoreMutateResponse>): Promise<void> {
  const response = await pending;
  if (response.numFailures > 0) throw Object.values(response.failures)[0];
}

/** The upgrade transaction of a schema version before the digest table has no such store. */
function holdsDigests(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(DIGEST_TABLE);
}

function mirroredTable(replies: DBCoreTable, digests: () => DBCoreTable): DBCoreTable {
  // Writes in one transaction update pages one after another: two at once would each read a page
  // before the other wrote it, and one row would be lost.
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  return {
    ...replies,
    mutate(request) {
      const trans = request.trans;
      if (!holdsDigests(trans)) return replies.mutate(request);
      const write = async () => {
        const before = await rowsBefore(replies, request);
        const response = await replies.mutate(request);
        await applyChange(digests(), trans, changeOf(request, before, response));
        return response;
      };
      const previous = queues.get(trans);
      const queued = previous ? previous.then(write) : write();
      queues.set(
        trans,
        queued.catch(() => undefined),
      );
      return queued;
    },
  };
}

export const digestMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'reply-digests',
  // Right above IndexedDB, under Dexie's own layers (hooks, cache, observability): those read the
  // calling zone's transaction, which an await in here does not keep.
  level: -2,
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
  await tx.table<DigestPage, number>(DIGEST_TABLE).bulkPut(pagesOf(digests));
}
