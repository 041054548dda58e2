import type { ReplyReading, SiteAdapter } from './types';
import { previousUserTurn, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// One assistant turn can hold several message elements (text around a tool call or a "Thought"
// section), so the badge and the reading belong to the turn, not to each message.
const TURN = '[data-testid^="conversation-turn-"]';
const ASSISTANT = '[data-message-author-role="assistant"]';
const USER = '[data-message-author-role="user"]';

function turnOf(message: Element): Element {
  return message.closest(TURN) ?? message;
}

function replyElements(root: ParentNode): Element[] {
  const turns = new Set<Element>();
  for (const message of root.querySelectorAll(ASSISTANT)) turns.add(turnOf(message));
  return [...turns];
}

export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],

  conversationId(url) {
    return /^\/(?:share|c|g\/[\w-]+\/c)\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(turn, newest): ReplyReading {
    const first = turn.matches(ASSISTANT) ? turn : turn.querySelector(ASSISTANT);
    const messageId = first?.getAttribute('data-message-id') || null;
    return lazyReading({
      messageId,
      text: () => turn.matches(ASSISTANT) ? textOfParts(turn, '.markdown') : textOfParts(turn, `${ASSISTANT} .markdown`, ASSISTANT),
      userText: () => userTurnText(previousUserTurn(turn, USER, ASSISTANT), '.whitespace-pre-wrap'),
      model: () => first?.getAttribute('data-message-model-slug') || null,
      // The stop button is on screen while the newest reply is written. A message without an id
      // has not been committed by the site yet; `data-writing-block` seems to mark the block being
      // written (inferred from ChatGPT's class names).
      streaming: isStreaming(turn, replyElements, {
        stopControl: '[data-testid="stop-button"]',
        finished: (reply) => messageId !== null && reply.querySelector('[data-writing-block]') === null,
      }, newest),
    });
  },
};
