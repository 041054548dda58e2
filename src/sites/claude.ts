import type { ReplyReading, SiteAdapter } from './types';
import { pageLabel, previousUserTurn, selectAll, textOfParts, userTurnText } from './lib/dom';
import { lazyReading } from './lib/reading';
import { isStreaming } from './lib/streaming';

// Claude marks every reply wrapper with `data-is-streaming="true"|"false"`: it is both the anchor
// (one per reply, never on a user turn) and the streaming signal. Claude shows no message ids.
const REPLY = '[data-is-streaming]';
const USER = '[data-testid="user-message"]';
const MODEL_PICKER = '[data-testid="model-selector-dropdown"]';
const replyElements = selectAll(REPLY);

export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  hosts: ['claude.ai'],

  conversationId(url) {
    return /^\/(?:chat|share)\/([\w-]+)/.exec(url.pathname)?.[1] ?? null;
  },

  replyElements,

  readReply(reply, newest): ReplyReading {
    return lazyReading({
      messageId: null,
      // The answer body; the "Thought for 3s" status above it is a button and is left out.
      text: () => textOfParts(reply, '.standard-markdown', '.font-claude-response', '.font-claude-message'),
      userText: () => userTurnText(previousUserTurn(reply, USER, REPLY)),
      // The composer's model picker: the model of the newest replies, not a per-reply record.
      // Its name part leaves out the "Extended" (thinking) tag shown beside it.
      model: () => pageLabel(reply.ownerDocument, `${MODEL_PICKER} .whitespace-nowrap`, MODEL_PICKER),
      streaming: isStreaming(reply, replyElements, { finished: (r) => r.getAttribute('data-is-streaming') !== 'true' }, newest),
    });
  },
};
