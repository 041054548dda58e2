// Storage health: whether the background's writes are succeeding. The background keeps it (see
// src/background/features/storage-health.ts); pages ask with { type: 'storage-health' }.

export interface StorageHealth {
  /** Writes that failed after every retry, since the extension was installed. */
  failedWrites: number;
  /** The most recent failure, kept after recovery so it can still be read. */
  lastError: { name: string; message: string; at: number } | null;
  /** True when the newest write failed: replies are waiting in their tabs to be retried. */
  failing: boolean;
  lastSuccessAt: number | null;
  /** From navigator.storage.estimate(), in bytes; null where the browser does not tell. */
  usage: number | null;
  quota: number | null;
}

export type StorageHealthRequest = { type: 'storage-health' };

export function isStorageHealthRequest(message: unknown): message is StorageHealthRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'storage-health';
}

export const HEALTHY: StorageHealth = { failedWrites: 0, lastError: null, failing: false, lastSuccessAt: null, usage: null, quota: null };
