import browser from 'webextension-polyfill';
import type { ReplyScoredAnswer, ScoredReply, ToBackground } from '../background/messages';

const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10000, 30000];

/**
 * Sends scored replies to the background and keeps each one until the background acknowledges
 * that it is written. A sleeping service worker is woken by the send; one that is restarting or
 * failing gets the reply again later, so nothing is lost while the tab stays open.
 */
export class Outbox {
  private pending = new Map<number, { reply: ScoredReply; attempts: number }>();
  private nextId = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private onError: (message: string) => void = () => {}) {}

  send(reply: ScoredReply): void {
    const id = this.nextId++;
    this.pending.set(id, { reply, attempts: 0 });
    void this.deliver(id);
  }

  get size(): number {
    return this.pending.size;
  }

  private async deliver(id: number): Promise<void> {
    const item = this.pending.get(id);
    if (!item) return;
    const message: ToBackground = { type: 'reply-scored', reply: item.reply };
    try {
      const answer = (await browser.runtime.sendMessage(message)) as ReplyScoredAnswer | undefined;
      if (answer?.ok) {
        this.pending.delete(id);
        return;
      }
      this.onError(answer ? answer.error : 'no answer from the background');
    } catch (error) {
      this.onError(error instanceof Error ? error.message : String(error));
    }
    item.attempts += 1;
    this.retryLater(item.attempts);
  }

  private retryLater(attempts: number): void {
    if (this.timer) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] ?? 30000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const id of this.pending.keys()) void this.deliver(id);
    }, delay);
  }
}
