import type { ReplyReading, SiteAdapter } from './types';
import { readableText } from './lib/text';

// One assistant turn can hold several message elements (text around a tool call or a "Thought"
// section), so the badge and the reading belong to the turn, not to each message.
const TURN = '[data-testid^="conversation-turn-"]';
const ASSISTANT = '[data-message-author-role="assistant"]';
const USER = '[data-message-author-role="user"]';

function turnOf(message: Element): Element {
  return message.closest(TURN) ?? message;
}

function previousUserText(turn: Element): string | null {
  for (let el = turn.previousElementSibling; el; el = el.previousElementSibling) {
    const user = el.matches(USER) ? el : el.querySelector(USER);
    if (user) return readableText(user);
    if (el.matches(ASSISTANT) || el.querySelector(ASSISTANT)) return null;
  }
  return null;
}

export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],

  conversationId(url) {
    return /^\/(?:share|c|g\/[\w-]+\/c)\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements(root) {
    const turns = new Set<Element>();
    for (const message of root.querySelectorAll(ASSISTANT)) turns.add(turnOf(message));
    return [...turns];
  },

  readReply(turn): ReplyReading {
    const messages = turn.matches(ASSISTANT) ? [turn] : [...turn.querySelectorAll(ASSISTANT)];
    const first = messages[0];
    const text = messages
      .map((m) => readableText(m.querySelector('.markdown') ?? m))
      .filter(Boolean)
      .join('\n\n');
    const messageId = first?.getAttribute('data-message-id') || null;
    const doc = turn.ownerDocument;
    // The stop button is on screen for as long as the newest reply is being written; a message
    // that has no id yet has not been committed by the site.
    const streaming =
      messageId === null ||
      turn.querySelector('[data-writing-block]') !== null ||
      (doc.querySelector('[data-testid="stop-button"]') !== null && this.replyElements(doc).at(-1) === turn);
    return {
      messageId,
      text,
      userText: previousUserText(turn),
      model: first?.getAttribute('data-message-model-slug') || null,
      streaming,
    };
  },
};
