import type { ReplyReading } from '../types';

interface ReadingParts {
  messageId: string | null;
  streaming: boolean;
  text: () => string;
  userText: () => string | null;
  model: () => string | null;
}

/**
 * A reply reading whose text, user text and model are read from the page when first asked for,
 * then kept: a reply that is still streaming needs none of them, and the user turn is needed
 * only when the reply is scored. Read it right away; it describes the DOM as it is then.
 */
export function lazyReading({ messageId, streaming, text, userText, model }: ReadingParts): ReplyReading {
  const readText = once(text);
  const readUserText = once(userText);
  const readModel = once(model);
  return {
    messageId,
    streaming,
    get text() {
      return readText();
    },
    get userText() {
      return readUserText();
    },
    get model() {
      return readModel();
    },
  };
}

function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}
