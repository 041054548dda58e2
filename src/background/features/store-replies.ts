import browser from 'webextension-polyfill';
import type { ProbeDatabase } from '../../db';
import { saveReply, type SaveResult } from '../../db/replies';
import { scoreFields } from '../../db/score-fields';
import { applyTextPolicy, type TextStorage } from '../../db/text-policy';
import { loadSettings, type Settings } from '../../settings';
import { errorText, messageOfType, type ReplyStoredAnswer, type ScoredReply } from '../messages';
import { noteWriteFailed, noteWriteSucceeded } from './lib/health-log';
import { withRetries } from './lib/retry';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Turns a tab's scored reply into a stored row, keeping of its words only what the user's text
 * setting allows (default: the evidence excerpts, not the whole reply; see db/text-policy.ts).
 */
export async function storeScoredReply(db: ProbeDatabase, reply: ScoredReply, textStorage: TextStorage): Promise<SaveResult> {
  const row = applyTextPolicy(
    {
      site: reply.site,
      conversation: reply.conversation,
      message: reply.message,
      time: reply.time,
      model: reply.model,
      url: reply.url,
      ...scoreFields(reply.score),
      // Hashed before the text is dropped: the same reply seen again is recognised either way.
      contentHash: await sha256(reply.text),
      origin: 'live' as const,
      text: reply.text,
      ...(reply.userText !== null && { userText: reply.userText }),
      ...(reply.previousMessage !== null && { previousMessage: reply.previousMessage }),
    },
    textStorage,
  );
  return saveReply(db, row);
}

/** The acknowledgement for a reply that is deliberately not stored: the tab must not send it again. */
const NOT_RECORDED: SaveResult = { key: '', version: 0, created: false };

/**
 * Tabs send finished replies here, a scan's worth at a time, and get one acknowledgement per reply,
 * each only once its row is written. A failed write is retried here first, then reported (storage
 * health) and answered with an error, so the tab keeps that reply and sends it again later.
 */
export function start(db: ProbeDatabase): void {
  browser.runtime.onMessage.addListener((message: unknown): Promise<ReplyStoredAnswer[]> | undefined => {
    const batch = messageOfType(message, 'store-replies');
    if (!batch) return undefined;
    return (async () => {
      // The settings are read once for the batch (again only after a failed read).
      let reading: Promise<Settings> | undefined;
      const settings = () => (reading ??= loadSettings().catch((error: unknown) => ((reading = undefined), Promise.reject(error))));
      const answers: ReplyStoredAnswer[] = [];
      for (const reply of batch.replies) answers.push(await store(db, reply, settings));
      return answers;
    })();
  });
}

function store(db: ProbeDatabase, reply: ScoredReply, settings: () => Promise<Settings>): Promise<ReplyStoredAnswer> {
  return withRetries(async () => {
    const { pausedSites, textStorage } = await settings();
    // A reply scored before its site was paused may still be waiting in the tab: it is not recorded.
    if (pausedSites.includes(reply.site)) return NOT_RECORDED;
    return storeScoredReply(db, reply, textStorage);
  }).then(
    async (saved): Promise<ReplyStoredAnswer> => {
      await noteWriteSucceeded();
      return { ok: true, ...saved };
    },
    async (error: unknown): Promise<ReplyStoredAnswer> => {
      await noteWriteFailed(error).catch(() => {});
      return { ok: false, error: errorText(error) };
    },
  );
}
