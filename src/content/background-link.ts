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

/**
 * True once the extension this script belongs to was updated, reloaded or removed while the tab
 * stayed open. Chrome keeps such a script running but cut off (its runtime id is gone, and every
 * send fails for good); after an update the background injects the new version beside it.
 */
export function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

function ask<T>(message: ToBackground): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
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
 * Starts a stopped background while a reply is still streaming, so that its score does not wait
 * for the start (≈ 50 ms for a stopped service worker here, a quarter of the badge's time budget).
 */
export function wakeBackground(): void {
  void ask({ type: 'wake' }).catch(() => {});
}
