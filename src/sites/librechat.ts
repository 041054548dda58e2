import type { ReplyReading, SiteAdapter } from './types';
import { previousUserTurn, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// LibreChat (self-hosted, React): every message is `div.message-render` whose id is the message
// id; inside it the turn is `.agent-turn` or `.user-turn`, headed by an h2 naming the model (or
// agent) that wrote it. While a reply is written its markdown carries `result-streaming` and the
// composer shows the stop button.
const MESSAGE = '.message-render';
const AGENT_TURN = '.agent-turn';
const USER_TURN = '.user-turn';

function messageOf(turn: Element): Element {
  return turn.closest(MESSAGE) ?? turn;
}

function replyElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll(AGENT_TURN)].map(messageOf);
}

export const librechat: SiteAdapter = {
  id: 'librechat',
  name: 'LibreChat',
  hosts: [],
  selfHosted: true,

  conversationId(url) {
    const id = /\/c\/([\w-]+)/.exec(url.pathname)?.[1];
    return id && id !== 'new' ? id : null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: reply.id || null,
      text: () => textOfParts(reply, '.markdown', '.message-content'),
      userText: () => userTurnText(previousUserTurn(reply, USER_TURN, AGENT_TURN), '.markdown', '.message-content', '.whitespace-pre-wrap'),
      model: () => reply.querySelector(`${AGENT_TURN} > h2`)?.textContent?.trim() || null,
      streaming: isStreaming(reply, replyElements, {
        stopControl: '[data-testid="stop-generation-button"]',
        finished: (r) => r.querySelector('.result-streaming') === null,
      }, newest),
    });
  },
};
