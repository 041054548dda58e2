// The content script's only line to the background: scores asked for, scored replies stored, and a
// wake-up call. Everything here is one runtime message; nothing opens a port that would keep a
// stopped service worker alive.
import browser from 'webextension-polyfill';
import type { ReplyStoredAnswer, ScoreAnswer, ScoredReply, ToBackground } from '../background/messages';
import type { ReplyInput, SycophancyScore } from '../scorer/types';

/**
 * A send the background never answers (its worker was stopped mid-task, and the browser kept the
 * port open) counts as failed after this long, so it is sent again rather than forgotten.
 */
const ANSWER_TIMEOUT_MS = 10_000;

export function withTimeout<T>(promise: Promise<T>, ms = ANSWER_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the background within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** When the background last answered (performance.now()). */
let lastAnswerAt = -Infinity;

async function ask<T>(message: ToBackground): Promise<T> {
  const answer = (await browser.runtime.sendMessage(message)) as T;
  lastAnswerAt = performance.now();
  return answer;
}

/** The scores of finished replies, in order; rejects when the background cannot score them now. */
export async function scoreInBackground(replies: ReplyInput[]): Promise<SycophancyScore[]> {
  const answer = await withTimeout(ask<ScoreAnswer | undefined>({ type: 'score-replies', replies }));
  if (!answer) throw new Error('no answer from the background');
  if (!answer.ok) throw new Error(answer.error);
  return answer.scores;
}

/** One acknowledgement per reply, in order (the Outbox keeps the time limit and the retries). */
export function storeInBackground(replies: ScoredReply[]): Promise<ReplyStoredAnswer[] | undefined> {
  return ask<ReplyStoredAnswer[] | undefined>({ type: 'store-replies', replies });
}

/**
 * A background idle this long may have been stopped (Chrome stops an extension's service worker
 * after 30 s without events; Firefox unloads an idle event page likewise).
 */
const MAYBE_STOPPED_AFTER_MS = 25_000;

/**
 * Starts a stopped background (a service worker takes tens of ms to start) while a reply is still
 * streaming, so its score does not wait for that; one that answered lately is left alone.
 */
export function wakeBackground(): void {
  if (performance.now() - lastAnswerAt < MAYBE_STOPPED_AFTER_MS) return;
  void ask({ type: 'wake' }).catch(() => {});
}
