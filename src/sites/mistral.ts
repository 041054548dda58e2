import type { ReplyReading, SiteAdapter } from './types';
import { previousUserTurn, selectAll, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Le Chat uses ChatGPT-like attributes: `data-message-author-role`, `data-message-id` and, per
// message part, `data-message-part-type` ("answer"; the reasoning part is collapsed above it).
const REPLY = '[data-message-author-role="assistant"]';
const USER = '[data-message-author-role="user"]';

const replyElements = selectAll(REPLY);

/**
 * A finished reply ends with a footer row of buttons (like, dislike, rewrite, copy...). Checked by
 * shape rather than by the buttons' labels, which Le Chat translates.
 */
function hasFooter(reply: Element): boolean {
  const footer = reply.firstElementChild?.lastElementChild;
  return !!footer && !footer.querySelector('[data-message-part-type]') && footer.querySelectorAll('button').length >= 2;
}

export const mistral: SiteAdapter = {
  id: 'mistral',
  name: 'Le Chat',
  hosts: ['chat.mistral.ai'],

  conversationId(url) {
    return /^\/chat\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: reply.getAttribute('data-message-id') || null,
      text: () => textOfParts(reply, '[data-message-part-type="answer"]', '.markdown-container-style'),
      userText: () => userTurnText(previousUserTurn(reply, USER, REPLY), '.select-text'),
      // Le Chat does not show which model wrote a reply.
      model: () => null,
      // While Le Chat writes, the send button shows a square stop icon.
      streaming: isStreaming(reply, replyElements, { stopControl: 'form button rect[rx="2"]', finished: hasFooter }, newest),
    });
  },
};
