import type { ReplyReading, SiteAdapter } from './types';
import { pageLabel, previousUserTurn, selectAll, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Gemini renders Angular elements: each exchange is a `.conversation-container` holding one
// `user-query` and one `model-response`.
const REPLY = 'model-response';
const USER = 'user-query';
const MODEL_PICKERS = ['.input-area-switch-label', '[data-test-id="bard-mode-menu-button"]', '[data-test-id="model-selector"]'];

const replyElements = selectAll(REPLY);

/** The response id Gemini puts on the message (`message-content-id-r_<hex>`) or its container. */
function responseId(reply: Element): string | null {
  const content = reply.querySelector('message-content[id^="message-content-id-"]');
  if (content) return content.id.slice('message-content-id-'.length);
  return reply.closest('.conversation-container')?.id || null;
}

export const gemini: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  hosts: ['gemini.google.com'],

  conversationId(url) {
    // Multi-account URLs carry a /u/<n> prefix; Gem chats are /gem/<gemId>/<conversationId>.
    const path = url.pathname.replace(/^\/u\/\d+/, '');
    return /^\/(?:app|gem\/[\w-]+)\/([\w-]+)/.exec(path)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: responseId(reply),
      text: () => textOfParts(reply, 'message-content .markdown', 'message-content'),
      userText: () => userTurnText(previousUserTurn(reply, USER, REPLY), '.query-text'),
      model: () => pageLabel(reply.ownerDocument, ...MODEL_PICKERS),
      // The send button turns into a stop button while Gemini writes; the response footer gets
      // the class `complete` when the reply is done.
      streaming: isStreaming(reply, replyElements, {
        finished: (r) => r.querySelector('.response-footer:not(.complete)') === null,
        stopControl: 'mat-icon[data-mat-icon-name="stop"], mat-icon[fonticon="stop"], button[aria-label="Stop response"]',
      }, newest),
    });
  },
};
