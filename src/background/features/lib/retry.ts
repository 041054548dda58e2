/** Waits between attempts of a database write: most failures (a busy or aborted transaction) pass quickly. */
export const WRITE_RETRY_DELAYS_MS = [50, 250, 1000];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs `write`, and again after each delay while it fails; the last failure is thrown. */
export async function withRetries<T>(write: () => Promise<T>, delays: readonly number[] = WRITE_RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await sleep(delay);
    }
  }
}
