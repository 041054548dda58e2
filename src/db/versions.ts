import type { ReplyRecord } from './record';

/** What is known of a reading before it is placed: its text's hash, and a version if it brings one (imports, backups). */
export interface Reading {
  contentHash?: string;
  version?: number;
}

/** Where a reading goes among its message's stored versions: onto a stored row (seen before), or into a version. */
export type Placement = { stored: ReplyRecord } | { version: number };

/**
 * The stored row a reading is a copy of: the same text, or, for a reading that brings its version,
 * the same version. The second matters for imports: a reply first stored live was hashed from the
 * page's rendered text, the export has its markdown, so only the slot tells they are one reply.
 */
function storedCopy(stored: readonly ReplyRecord[], reading: Reading): ReplyRecord | undefined {
  const { contentHash, version } = reading;
  return (
    (contentHash === undefined ? undefined : stored.find((row) => row.contentHash === contentHash)) ??
    (version === undefined ? undefined : stored.find((row) => row.version === version))
  );
}

/**
 * Decides a reading's version, so that seeing a reply again never adds a row: its stored row if
 * it is already there, else the version it brings, else (live replies) the message's next version.
 */
export function placeReading(stored: readonly ReplyRecord[], reading: Reading): Placement {
  const copy = storedCopy(stored, reading);
  if (copy) return { stored: copy };
  return { version: reading.version ?? Math.max(0, ...stored.map((row) => row.version)) + 1 };
}
