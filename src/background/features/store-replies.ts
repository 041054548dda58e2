import browser from 'webextension-polyfill';
import type { ProbeDatabase } from '../../db';
import { saveReply, type SaveResult } from '../../db/replies';
import { isToBackground, type ReplyScoredAnswer, type ScoredReply } from '../messages';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Turns a tab's scored reply into a stored row. By default only the evidence excerpts are kept,
 * not the whole reply: the user's chats stay theirs (full-text storage is an opt-in setting).
 */
export async function storeScoredReply(db: ProbeDatabase, reply: ScoredReply): Promise<SaveResult> {
  const { score } = reply;
  return saveReply(db, {
    site: reply.site,
    conversation: reply.conversation,
    message: reply.message,
    time: reply.time,
    model: reply.model,
    url: reply.url,
    overall: score.overall,
    flattery: score.dimensions.flattery,
    emoji: score.dimensions.emoji,
    agreement: score.dimensions.agreement,
    capitulation: score.capitulation ?? false,
    language: score.language,
    evidence: score.evidence,
    scorerVersion: score.version,
    contentHash: await sha256(reply.text),
    origin: 'live',
  });
}

/** Tabs send each finished reply here and get an acknowledgement only once its row is written. */
export function start(db: ProbeDatabase): void {
  browser.runtime.onMessage.addListener((message: unknown): Promise<ReplyScoredAnswer> | undefined => {
    if (!isToBackground(message)) return undefined;
    return storeScoredReply(db, message.reply).then(
      (saved): ReplyScoredAnswer => ({ ok: true, ...saved }),
      (error: unknown): ReplyScoredAnswer => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
