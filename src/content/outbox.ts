import type { ReplyStoredAnswer, ScoredReply } from '../background/messages';
import { storeInBackground, withTimeout } from './background-link';

const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10000, 30000];
/** Most replies in one message: a reopened conversation's backlog goes in several, not one huge one. */
const MAX_BATCH = 25;

/** Sends a batch to be stored; the answer holds one acknowledgement per reply, in order. */
export type Transport = (replies: ScoredReply[]) => Promise<ReplyStoredAnswer[] | undefined>;

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
  private stopped = false;

  constructor(
    private onError: (message: string) => void = () => {},
    private transport: Transport = storeInBackground,
  ) {
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.flush());
      addEventListener('online', () => this.flush());
      addEventListener('pageshow', () => this.flush());
    }
  }

  /** Takes a scan's scored replies (one message for them all) and sends the waiting ones along. */
  send(replies: ScoredReply[]): void {
    for (const reply of replies) this.pending.set(this.nextId++, { reply, attempts: 0, inFlight: false });
    // New replies mean the tab is alive and the background reachable: try the waiting ones too.
    this.flush();
  }

  /** Sends every unacknowledged reply now, in batches (the ones already on their way are left to finish). */
  flush(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const waiting = [...this.pending.entries()].filter(([, item]) => !item.inFlight).map(([id]) => id);
    for (let i = 0; i < waiting.length; i += MAX_BATCH) void this.deliver(waiting.slice(i, i + MAX_BATCH));
  }

  /** Sends nothing more: the extension is gone, and a reload of the page reads its replies again. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  get size(): number {
    return this.pending.size;
  }

  private async deliver(ids: number[]): Promise<void> {
    const items = ids.map((id) => this.pending.get(id)!);
    for (const item of items) item.inFlight = true;
    let answers: (ReplyStoredAnswer | undefined)[] = [];
    let failure = 'no answer from the background';
    try {
      answers = (await withTimeout(this.transport(items.map((item) => item.reply)))) ?? [];
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    let failed = 0;
    ids.forEach((id, index) => {
      const item = items[index]!;
      item.inFlight = false;
      const answer = answers[index];
      if (answer?.ok) return void this.pending.delete(id);
      if (answer) failure = answer.error;
      item.attempts += 1;
      failed = Math.max(failed, item.attempts);
    });
    if (failed === 0 || this.stopped) return;
    this.onError(failure);
    this.retryLater(failed);
  }

  private retryLater(attempts: number): void {
    if (this.timer) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] ?? 30000;
    this.timer = setTimeout(() => this.flush(), delay);
  }
}
