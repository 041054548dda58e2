import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { ProbeDatabase } from '../../../src/db';

/** A function that opens a new, empty history for each call; all are deleted after each test. */
export function freshDatabases(prefix: string): () => ProbeDatabase {
  const open: ProbeDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = new ProbeDatabase(`${prefix}-${Math.random()}`);
    open.push(db);
    return db;
  };
}
