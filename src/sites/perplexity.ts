import type { ReplyReading, SiteAdapter } from './types';
import { pageLabel, previousUserTurn, selectAll, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Perplexity's classes are Tailwind utilities; the stable hooks are the answer body ids
// `markdown-content-<n>` (n counts answers in the thread) and the query's `group/query` class.
const REPLY = '[id^="markdown-content-"]';
const USER = '[class~="group/query"]';
const MODEL_PICKER = 'button[aria-label="Choose a model"]';

const replyElements = selectAll(REPLY);

/** The model picker reads just "Model" while Perplexity picks one itself. */
function chosenModel(doc: Document): string | null {
  const label = pageLabel(doc, MODEL_PICKER);
  return label && label !== 'Model' ? label : null;
}

export const perplexity: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  hosts: ['www.perplexity.ai'],

  conversationId(url) {
    return /^\/search\/([^/]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      // The answer's position in the thread, given by the site and kept across re-renders.
      messageId: reply.id,
      text: () => textOfParts(reply),
      userText: () => userTurnText(previousUserTurn(reply, USER, REPLY)),
      model: () => chosenModel(reply.ownerDocument),
      streaming: isStreaming(reply, replyElements, {
        stopControl: 'button[aria-label="Stop generating response"], button[data-testid="stop-generating-response-button"]',
      }, newest),
    });
  },
};
