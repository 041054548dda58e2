import type { ReplyInput, SycophancyScore } from '../scorer/types';

/** A finished reply as the content script saw it, with the score the background gave it. */
export interface ScoredReply {
  site: string;
  conversation: string;
  message: string;
  /** When the tab saw the reply finish (epoch ms). */
  time: number;
  model: string | null;
  url: string;
  text: string;
  userText: string | null;
  /** The message id of the reply before it, whose text was `previous` when it was scored. */
  previousMessage: string | null;
  score: SycophancyScore;
}

/**
 * What tabs ask of the background. Scoring runs there, not on the chat page's main thread: the
 * scorer's word lists and its work would otherwise weigh on every chat page the user opens.
 * - score-replies: the scores of a scan's finished replies, in order (answered before anything is stored);
 * - store-replies: keep these scored replies (each acknowledged once written, see Outbox);
 * - wake: a reply started streaming; wake the background now so its score does not wait for start-up.
 */
export type ToBackground =
  | { type: 'score-replies'; replies: ReplyInput[] }
  | { type: 'store-replies'; replies: ScoredReply[] }
  | { type: 'wake' };

export type ScoreAnswer = { ok: true; scores: SycophancyScore[] } | { ok: false; error: string };

export type ReplyStoredAnswer = { ok: true; key: string; version: number; created: boolean } | { ok: false; error: string };

/** What the content script in a tab reports about its page (the popup asks the tab directly). */
export interface PageStatus {
  site: string;
  siteName: string;
  /** recognized: turns found; waiting: page still loading; not-recognized: a conversation is open but no turns match the adapter; no-conversation: nothing to score on this page; paused: the user paused this site (nothing is badged or sent). */
  layout: 'recognized' | 'waiting' | 'not-recognized' | 'no-conversation' | 'paused';
  conversation: string | null;
  replies: number;
  scored: number;
  /** Scores the background has not acknowledged yet (they are retried). */
  unsaved: number;
}

export type ToContent = { type: 'page-status' };

/** The message if it is one of `type` from a tab, else undefined. */
export function messageOfType<T extends ToBackground['type']>(message: unknown, type: T): Extract<ToBackground, { type: T }> | undefined {
  const typed = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
  return typed ? (message as Extract<ToBackground, { type: T }>) : undefined;
}

/** A thrown value as one line for an answer or a log. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
