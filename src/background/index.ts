// Background (Chrome: service worker; Firefox: event page). It owns the database: tabs send
// scored replies here and get an acknowledgement only once the row is written.
import browser from 'webextension-polyfill';
import { ProbeDatabase } from '../db';
import { isToBackground, type ReplyScoredAnswer } from './messages';
import { storeScoredReply } from './store-reply';

const db = new ProbeDatabase();

browser.runtime.onMessage.addListener((message: unknown): Promise<ReplyScoredAnswer> | undefined => {
  if (!isToBackground(message)) return undefined;
  return storeScoredReply(db, message.reply).then(
    (saved): ReplyScoredAnswer => ({ ok: true, ...saved }),
    (error: unknown): ReplyScoredAnswer => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
