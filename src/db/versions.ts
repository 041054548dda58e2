import type { ReplyRecord } from './record';

/** What is known of a reading before it is placed: its text's hash, and a version if it brings one (imports, backups). */
export interface Reading {
  contentHash?: string;
  version?: number;
}

/** Where a reading goes among its message's stored versions: onto a stored row (seen before), or into a version. */
export type Placement = { stored: ReplyRecord } | { version: number };

/** Same text when both know their text's hash; without hashes, the same version number. */
function isSameReading(row: ReplyRecord, reading: Reading): boolean {
  if (row.contentHash !== undefined && reading.contentHash !== undefined) return row.contentHash === reading.contentHash;
  return reading.version !== undefined && row.version === reading.version;
}

/**
 * Decides a reading's version, so that seeing a reply again never adds a row: its stored row if
 * the text is already there, else the version it brings when free, else the next one.
 */
export function placeReading(stored: readonly ReplyRecord[], reading: Reading): Placement {
  const same = stored.find((row) => isSameReading(row, reading));
  if (same) return { stored: same };
  const taken = new Set(stored.map((row) => row.version));
  if (reading.version !== undefined && !taken.has(reading.version)) return { version: reading.version };
  return { version: Math.max(0, ...taken) + 1 };
}
