// Two tables: a few numbers per reply row (all the report's trend weeks, its previous period and
// the popup need), packed into one record per UTC hour. IndexedDB's cost is per record read and
// per value decoded, not per byte: a report over 14 weeks reads ~2,000 hour pages, each one
// Float64Array, instead of ~23,000 full rows. The rows' keys, needed only to keep the pages in
// step and by the popup, are in a second table with the same hours, in the same order, so the
// report never decodes them. Each row keeps its own time, so a span starting at any instant (a
// local midnight at +5:45, a DST change) is cut exactly.
//
// Both are kept equal to `replies` by one DBCore middleware, not by each write path: every
// read-write transaction that includes `replies` also includes them, and every add, put, delete
// and range delete on `replies` rewrites the pages of the rows it wrote or removed, in the same
// transaction. Imports, restores, live saves, re-scoring, retention and "delete everything"
// cannot forget it, and an aborted transaction rolls all back.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import type { ProbeDatabase } from './index';
import type { ReplyRecord, ReplyScores } from './record';

export const DIGEST_TABLE = 'digests';
export const DIGEST_KEY_TABLE = 'digestKeys';
const SOURCE_TABLE = 'replies';
/** One page per UTC hour: small enough that a live save rewrites little, large enough to read few records. */
export const PAGE_MS = 3_600_000;
/** Dexie's DBCoreRangeType.Any (a const enum the bundler cannot read): `clear()`. */
const ANY_RANGE = 3;
/** The numbers stored per row, in this order; null is stored as NaN, capitulation as 1 or 0. */
const FIGURES = ['time', 'overall', 'flattery', 'emoji', 'agreement', 'capitulation'] as const;
const WIDTH = FIGURES.length;

/** One reply row's figures, keyed like the row (`site|conversation|message|version`). */
export type ReplyDigest = ReplyScores & Pick<ReplyRecord, 'key'>;

/** The figures of the rows written in one UTC hour, keyed by its first instant. */
export interface DigestPage {
  start: number;
  /** WIDTH numbers per row (FIGURES). */
  figures: Float64Array;
}

/** The keys of the same rows, in the same order. */
export interface DigestKeyPage {
  start: number;
  keys: string[];
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

const nanForNull = (value: number | null) => (value === null ? NaN : value);
const nullForNaN = (value: number) => (Number.isNaN(value) ? null : value);

/** The two records of one hour's digests. */
export function encodePage(start: number, digests: readonly ReplyDigest[]): { figures: DigestPage; keys: DigestKeyPage } {
  const figures = new Float64Array(digests.length * WIDTH);
  digests.forEach((digest, i) => {
    figures.set([digest.time, nanForNull(digest.overall), nanForNull(digest.flattery), nanForNull(digest.emoji), nanForNull(digest.agreement), digest.capitulation ? 1 : 0], i * WIDTH);
  });
  return { figures: { start, figures }, keys: { start, keys: digests.map((digest) => digest.key) } };
}

/** Row `i` of a page's figures. */
function scoresAt(figures: Float64Array, i: number): ReplyScores {
  const at = i * WIDTH;
  return {
    time: figures[at] as number,
    overall: nullForNaN(figures[at + 1] as number),
    flattery: nullForNaN(figures[at + 2] as number),
    emoji: nullForNaN(figures[at + 3] as number),
    agreement: nullForNaN(figures[at + 4] as number),
    capitulation: figures[at + 5] === 1,
  };
}

/** A page's digests back, with their keys. */
export function decodePage(figures: DigestPage, keys: DigestKeyPage): ReplyDigest[] {
  return keys.keys.map((key, i) => ({ key, ...scoresAt(figures.figures, i) }));
}

/** Digests grouped into the hours they belong to. */
export function byHour(digests: Iterable<ReplyDigest>): Map<number, ReplyDigest[]> {
  const hours = new Map<number, ReplyDigest[]>();
  for (const digest of digests) {
    const start = pageStart(digest.time);
    const hour = hours.get(start);
    if (hour) hour.push(digest);
    else hours.set(start, [digest]);
  }
  return hours;
}

const hoursOf = (db: ProbeDatabase, from: number, to: number) => db.digests.where(':id').between(pageStart(from), to, true, false);

/** The figures of the rows written from `from` (inclusive) to `to` (exclusive): what a report's trend needs. */
export async function scoresBetween(db: ProbeDatabase, from: number, to: number): Promise<ReplyScores[]> {
  if (to <= from) return [];
  const scores: ReplyScores[] = [];
  for (const { figures } of await hoursOf(db, from, to).toArray()) {
    for (let i = 0; i * WIDTH < figures.length; i++) {
      const time = figures[i * WIDTH] as number;
      if (time >= from && time < to) scores.push(scoresAt(figures, i));
    }
  }
  return scores;
}

/** The same rows with their keys (the popup counts each message once). */
export async function digestsBetween(db: ProbeDatabase, from: number, to: number): Promise<ReplyDigest[]> {
  if (to <= from) return [];
  const [pages, keyPages] = await db.transaction('r', db.digests, db.digestKeys, () =>
    Promise.all([hoursOf(db, from, to).toArray(), db.digestKeys.where(':id').between(pageStart(from), to, true, false).toArray()]),
  );
  return pages.flatMap((page, i) => decodePage(page, keyPages[i]!)).filter((digest) => digest.time >= from && digest.time < to);
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
async function applyChange(figureTable: DBCoreTable, keyTable: DBCoreTable, trans: DBCoreTransaction, change: Change): Promise<void> {
  if (change.cleared) {
    const everything = { type: ANY_RANGE, lower: undefined, upper: undefined };
    await expectWritten(figureTable.mutate({ type: 'deleteRange', trans, range: everything }));
    await expectWritten(keyTable.mutate({ type: 'deleteRange', trans, range: everything }));
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
  const arriving = byHour(change.added.map(digestOf));
  const starts = [...leaving.keys()];
  const [figurePages, keyPages] = await Promise.all([figureTable.getMany({ trans, keys: starts }), keyTable.getMany({ trans, keys: starts })]);
  const puts: ReturnType<typeof encodePage>[] = [];
  const deletes: number[] = [];
  starts.forEach((start, i) => {
    const keys = leaving.get(start)!;
    const figures = figurePages[i] as DigestPage | undefined;
    const kept = figures ? decodePage(figures, keyPages[i] as DigestKeyPage).filter((digest) => !keys.has(digest.key)) : [];
    const next = kept.concat(arriving.get(start) ?? []);
    if (next.length > 0) puts.push(encodePage(start, next));
    else if (figures) deletes.push(start);
  });
  if (puts.length > 0) {
    await expectWritten(figureTable.mutate({ type: 'put', trans, values: puts.map((page) => page.figures) }));
    await expectWritten(keyTable.mutate({ type: 'put', trans, values: puts.map((page) => page.keys) }));
  }
  if (deletes.length > 0) {
    await expectWritten(figureTable.mutate({ type: 'delete', trans, keys: deletes }));
    await expectWritten(keyTable.mutate({ type: 'delete', trans, keys: deletes }));
  }
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

function mirroredTable(replies: DBCoreTable, down: DBCore): DBCoreTable {
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
        await applyChange(down.table(DIGEST_TABLE), down.table(DIGEST_KEY_TABLE), trans, changeOf(request, before, response));
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
        const widened = mode === 'readwrite' && stores.includes(SOURCE_TABLE);
        return down.transaction(widened ? [...new Set([...stores, DIGEST_TABLE, DIGEST_KEY_TABLE])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === SOURCE_TABLE ? mirroredTable(table, down) : table;
      },
    };
  },
};

/** Schema v3 adds the digest tables: built here from the rows the database already holds. */
export async function digestsFromReplies(tx: Transaction): Promise<void> {
  const digests: ReplyDigest[] = [];
  await tx.table<ReplyRecord, string>(SOURCE_TABLE).each((row) => void digests.push(digestOf(row)));
  const pages = [...byHour(digests)].map(([start, hour]) => encodePage(start, hour));
  await tx.table<DigestPage, number>(DIGEST_TABLE).bulkPut(pages.map((page) => page.figures));
  await tx.table<DigestKeyPage, number>(DIGEST_KEY_TABLE).bulkPut(pages.map((page) => page.keys));
}
