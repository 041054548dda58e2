import type { ReplyReading, SiteAdapter } from './types';
import { textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// DeepSeek's class names are hashed except the `ds-` design-system ones. Messages live in a
// virtual list that unmounts off-screen rows; each row keeps its key (`data-virtual-list-item-key`,
// `data-index` in older builds), which is what makes a re-mounted reply the same reply.
const ROW = '[data-virtual-list-item-key], [data-index]';
const ANSWER = '.ds-message > .ds-markdown'; // the final answer; the reasoning sits deeper
const REPLY_ANSWER_PARTS = ':scope > .ds-markdown';

function replyElements(root: ParentNode): Element[] {
  const replies: Element[] = [];
  for (const answer of root.querySelectorAll(ANSWER)) if (answer.parentElement) replies.push(answer.parentElement);
  return replies;
}

function rowOf(reply: Element): Element | null {
  return reply.closest(ROW);
}

function rowKey(row: Element | null): string | null {
  return row?.getAttribute('data-virtual-list-item-key') ?? row?.getAttribute('data-index') ?? null;
}

/** The user message in the row just before the reply's row (null when that row is unmounted). */
function previousUserMessage(reply: Element): Element | null {
  const message = rowOf(reply)?.previousElementSibling?.querySelector('.ds-message');
  return message && !message.querySelector(REPLY_ANSWER_PARTS) ? message : null;
}

/** A finished reply's row ends with an icon-button row (copy, regenerate, like, ...). */
function hasActionRow(reply: Element): boolean {
  const row = rowOf(reply) ?? reply.parentElement;
  if (!row) return false;
  return [...row.children].some((child) => child !== reply && child.querySelector('.ds-icon-button') !== null);
}

export const deepseek: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  hosts: ['chat.deepseek.com'],

  conversationId(url) {
    return /\/chat\/s\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: rowKey(rowOf(reply)),
      text: () => textOfParts(reply, REPLY_ANSWER_PARTS),
      userText: () => userTurnText(previousUserMessage(reply)),
      // DeepSeek shows a mode ("DeepThink", "Expert") under hashed classes, never a model name.
      model: () => null,
      streaming: isStreaming(reply, replyElements, { finished: hasActionRow }, newest),
    });
  },
};
