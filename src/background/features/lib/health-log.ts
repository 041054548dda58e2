// The background's record of how its writes are going, kept in browser.storage.local: a separate
// store from IndexedDB, so a full or broken database can still be reported, and it survives the
// service worker being stopped.
import browser from 'webextension-polyfill';
import { HEALTHY, type StorageHealth } from '../../../db/health';

const KEY = 'storageHealth';
type Logged = Omit<StorageHealth, 'usage' | 'quota'>;

let current: Promise<Logged> | undefined;

function load(): Promise<Logged> {
  current ??= browser.storage.local.get(KEY).then((stored) => ({ ...HEALTHY, ...(stored[KEY] as Partial<Logged> | undefined) }));
  return current;
}

/** Applies `change` after every earlier one (writes finish in any order), persisting when asked to. */
function update(change: (log: Logged) => { next: Logged; persist: boolean }): Promise<void> {
  const previous = load();
  const updated = previous.then((log) => change(log));
  current = updated.then(({ next }) => next);
  return updated.then(({ next, persist }) => (persist ? browser.storage.local.set({ [KEY]: next }) : undefined));
}

export function noteWriteSucceeded(now = Date.now()): Promise<void> {
  // Only a recovery is worth a storage write; the success time alone is kept in memory.
  return update((log) => ({ next: { ...log, failing: false, lastSuccessAt: now }, persist: log.failing }));
}

export function noteWriteFailed(error: unknown, now = Date.now()): Promise<void> {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return update((log) => ({ next: { ...log, failing: true, failedWrites: log.failedWrites + 1, lastError: { name, message, at: now } }, persist: true }));
}

export async function readHealthLog(): Promise<Logged> {
  return { ...(await load()) };
}
