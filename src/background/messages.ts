import type { SycophancyScore } from '../scorer/types';

/** A finished reply as the content script saw and scored it. */
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
  score: SycophancyScore;
}

export type ToBackground = { type: 'reply-scored'; reply: ScoredReply };

export type ReplyScoredAnswer = { ok: true; key: string; version: number; created: boolean } | { ok: false; error: string };

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

export function isToBackground(message: unknown): message is ToBackground {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'reply-scored';
}
