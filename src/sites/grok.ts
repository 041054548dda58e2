import type { ReplyReading, SiteAdapter } from './types';
import { pageLabel, previousUserTurn, selectAll, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Every message is `div#response-<uuid>`; the user's are right-aligned (`items-end`), Grok's are
// not. The uuid is the message id.
const MESSAGE = 'div[id^="response-"]';
const REPLY = `${MESSAGE}:not(.items-end)`;
const USER = `${MESSAGE}.items-end`;

const replyElements = selectAll(REPLY);

export const grok: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  hosts: ['grok.com'],

  conversationId(url) {
    return /^\/(?:c|chat|share)\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: reply.id.slice('response-'.length) || null,
      text: () => textOfParts(reply, '.response-content-markdown', '.message-bubble'),
      userText: () => userTurnText(previousUserTurn(reply, USER, REPLY), '.response-content-markdown', '.message-bubble'),
      model: () => pageLabel(reply.ownerDocument, '#model-select-trigger'),
      // The composer's stop button shows while Grok writes; the reply's action buttons
      // (regenerate, copy, like...) are filled in when it is done.
      streaming: isStreaming(reply, replyElements, {
        stopControl: 'button[aria-label="Stop model response"]',
        finished: (r) => r.querySelector('.action-buttons button') !== null,
      }, newest),
    });
  },
};
