import type { ReplyReading, SiteAdapter } from './types';
import { pageLabel, previousUserTurn, selectAll, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Each reply is an article `[data-content="ai-message"]` whose text sits in one or more
// `.group/ai-message-item` parts; the "Copilot said" heading is screen-reader-only.
const REPLY = '[data-content="ai-message"]';
const USER = '[data-content="user-message"]';
const MESSAGE_PART = '.group\\/ai-message-item';

const replyElements = selectAll(REPLY);

/** The article's own id, carried by its "<id>-author" heading and "<id>-content-N" parts. */
function articleId(reply: Element): string | null {
  const heading = reply.querySelector('[id$="-author"]');
  if (heading) return heading.id.slice(0, -'-author'.length);
  return reply.querySelector(`${MESSAGE_PART}[id]`)?.id.replace(/-content-\d+$/, '') ?? null;
}

export const copilot: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  hosts: ['copilot.microsoft.com', 'www.copilot.com'],

  conversationId(url) {
    return /^\/chats\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: articleId(reply),
      text: () => textOfParts(reply, MESSAGE_PART),
      userText: () => userTurnText(previousUserTurn(reply, USER, REPLY)),
      // Copilot shows its chat mode ("Smart", "Quick", "Think Deeper"), not a model id.
      model: () => pageLabel(reply.ownerDocument, '[data-testid^="composer-chat-mode-"]'),
      // The reactions row (thumbs, copy) is added when a reply is done.
      streaming: isStreaming(reply, replyElements, {
        stopControl: 'button[data-testid="stop-button"]',
        finished: (r) => r.querySelector('[data-testid="message-item-reactions"]') !== null,
      }, newest),
    });
  },
};
