import type { ReplyReading, SiteAdapter } from './types';
import { previousUserTurn, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Open WebUI (self-hosted, SvelteKit): every message is `div#message-<id>`; its body carries the
// class `chat-<role>` (`chat-assistant`, `chat-user`). The reply's action row, with the
// regenerate button, is rendered once the message is done; shared chats are read-only and have
// no composer (`#chat-input`) and no action row.
const MESSAGE = '[id^="message-"]';
const ASSISTANT_BODY = '.chat-assistant';
const USER_BODY = '.chat-user';

function messageOf(body: Element): Element {
  return body.closest(MESSAGE) ?? body;
}

function replyElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll(ASSISTANT_BODY)].map(messageOf);
}

export const openWebui: SiteAdapter = {
  id: 'open-webui',
  name: 'Open WebUI',
  hosts: [],
  selfHosted: true,

  conversationId(url) {
    return /\/c\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: reply.id.startsWith('message-') ? reply.id.slice('message-'.length) : null,
      text: () => textOfParts(reply, '#response-content-container', ASSISTANT_BODY),
      userText: () => userTurnText(previousUserTurn(reply, USER_BODY, ASSISTANT_BODY)),
      // The reply's header names the model that wrote it.
      model: () => reply.querySelector('#response-message-model-name')?.textContent?.trim() || null,
      streaming: isStreaming(reply, replyElements, {
        finished: (r) => r.querySelector('.regenerate-response-button') !== null || !r.ownerDocument.getElementById('chat-input'),
      }, newest),
    });
  },
};
