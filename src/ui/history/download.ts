import type { ProbeDatabase } from '../../db';
import { backupParts } from '../../db/backup';

export function backupFileName(now: Date): string {
  return `sycophancy-probe-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves the whole history as one JSON file through the browser's download. */
export async function downloadBackup(db: ProbeDatabase, now = new Date()): Promise<void> {
  const blob = new Blob(await backupParts(db, now.getTime()), { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = backupFileName(now);
  link.click();
  // The download has its own copy by then; the URL only pins the blob in memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
