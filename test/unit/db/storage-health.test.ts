// Failed writes are retried, then reported; the record survives the background being stopped.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const storage = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => storage.set(k, structuredClone(v))),
      },
    },
    runtime: { sendMessage: vi.fn() },
  },
}));

beforeEach(() => {
  storage.clear();
  vi.resetModules();
});

describe('storage health log', () => {
  it('counts failures, keeps the last error, and clears "failing" on the next success', async () => {
    const log = await import('../../../src/background/features/lib/health-log');
    await log.noteWriteFailed(Object.assign(new Error('quota reached'), { name: 'QuotaExceededError' }), 1000);
    await log.noteWriteFailed(new Error('still full'), 2000);
    expect(await log.readHealthLog()).toMatchObject({ failing: true, failedWrites: 2, lastError: { name: 'Error', message: 'still full', at: 2000 } });
    await log.noteWriteSucceeded(3000);
    expect(await log.readHealthLog()).toMatchObject({ failing: false, failedWrites: 2, lastSuccessAt: 3000 });
  });

  it('is read back by a background started afresh', async () => {
    const first = await import('../../../src/background/features/lib/health-log');
    await first.noteWriteFailed(new Error('disk error'), 1000);
    vi.resetModules();
    const restarted = await import('../../../src/background/features/lib/health-log');
    expect(await restarted.readHealthLog()).toMatchObject({ failing: true, failedWrites: 1, lastError: { message: 'disk error' } });
  });
});

describe('withRetries', () => {
  it('retries a failing write and gives up with its last error', async () => {
    const { withRetries } = await import('../../../src/background/features/lib/retry');
    let calls = 0;
    expect(await withRetries(async () => (++calls < 3 ? Promise.reject(new Error('busy')) : 'written'), [0, 0, 0])).toBe('written');
    await expect(withRetries(() => Promise.reject(new Error(`failed ${++calls}`)), [0, 0])).rejects.toThrow('failed 6');
  });
});

describe('describeStorageHealth', () => {
  const healthy = { failedWrites: 0, lastError: null, failing: false, lastSuccessAt: 1, usage: 1_000, quota: 1_000_000 };
  it('says nothing when all is well', async () => {
    const { describeStorageHealth } = await import('../../../src/ui/lib/storage-health');
    expect(describeStorageHealth(healthy)).toBeNull();
  });
  it('reports failing writes, a nearly full store, and past failures', async () => {
    const { describeStorageHealth } = await import('../../../src/ui/lib/storage-health');
    const lastError = { name: 'QuotaExceededError', message: 'full', at: 1 };
    expect(describeStorageHealth({ ...healthy, failing: true, failedWrites: 3, lastError })).toMatchObject({ level: 'error', text: expect.stringContaining('3 failed') });
    expect(describeStorageHealth({ ...healthy, usage: 950_000 })).toMatchObject({ level: 'warning' });
    expect(describeStorageHealth({ ...healthy, failedWrites: 1, lastError })).toMatchObject({ level: 'ok' });
  });
});
