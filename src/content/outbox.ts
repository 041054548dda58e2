import browser from 'webextension-polyfill';
import type { ReplyScoredAnswer, ScoredReply, ToBackground } from '../background/messages';

const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10000, 30000];
/**
 * A send the background never answers (its worker was stopped mid-write, and the browser kept the
 * port open) counts as failed after this long, so the reply is sent again rather than forgotten.
 */
const ANSWER_TIMEOUT_MS = 10_000;

export type Transport = (message: ToBackground) => Promise<ReplyScoredAnswer | undefined>;

const toBackground: Transport = (message) => browser.runtime.sendMessage(message) as Promise<ReplyScoredAnswer | undefined>;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the background within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Pending {
  reply: ScoredReply;
  attempts: number;
  inFlight: boolean;
}

/**
 * Sends scored replies to the background and keeps each one until the background acknowledges
 * that it is written. A stopped service worker (Chrome) or unloaded event page (Firefox) is woken
 * by the send; one that is stopped mid-write, restarting or failing gets the reply again: on a
 * backoff timer, when the tab becomes visible or comes back online, and whenever a new reply is
 * sent. The background recognises a reply it already stored, so re-sending never duplicates it.
 */
export class Outbox {
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private onError: (message: string) => void = () => {},
    private transport: Transport = toBackground,
  ) {
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.flush());
      addEventListener('online', () => this.flush());
      addEventListener('pageshow', () => this.flush());
    }
  }

  send(reply: ScoredReply): void {
    const id = this.nextId++;
    this.pending.set(id, { reply, attempts: 0, inFlight: false });
    // A new reply means the tab is alive and the background reachable: try the waiting ones too.
    this.flush();
  }

  /** Sends every unacknowledged reply now (the ones already on their way are left to finish). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const id of this.pending.keys()) void this.deliver(id);
  }

  get size(): number {
    return this.pending.size;
  }

  private async deliver(id: number): Promise<void> {
    const item = this.pending.get(id);
    if (!item || item.inFlight) return;
    item.inFlight = true;
    try {
      const answer = await withTimeout(this.transport({ type: 'reply-scored', reply: item.reply }), ANSWER_TIMEOUT_MS);
      if (answer?.ok) {
        this.pending.delete(id);
        return;
      }
      this.onError(answer ? answer.error : 'no answer from the background');
    } catch (error) {
      this.onError(error instanceof Error ? error.message : String(error));
    } finally {
      item.inFlight = false;
    }
    item.attempts += 1;
    this.retryLater(item.attempts);
  }

  private retryLater(attempts: number): void {
    if (this.timer) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] ?? 30000;
    this.timer = setTimeout(() => this.flush(), delay);
  }
}
