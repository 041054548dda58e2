/**
 * A site adapter knows one chat UI's DOM: where the assistant replies are, which user turn each
 * answers, and whether a reply is still streaming. Adapters only read the DOM; they never change
 * it (the content script owns badges) and never score anything.
 */
export interface SiteAdapter {
  /** Short stable id stored with every reply, e.g. "chatgpt". */
  id: string;
  /** Name shown to people, e.g. "ChatGPT". */
  name: string;
  /** Hostnames served by this site; the manifest's content-script matches are built from them. */
  hosts: string[];
  /**
   * A UI people host themselves (Open WebUI, LibreChat): no fixed hosts; it runs on the origins
   * the user adds in the options, where the content script is registered at run time.
   */
  selfHosted?: boolean;
  /** The conversation id in this URL, or null when the page is not a conversation. */
  conversationId(url: URL): string | null;
  /**
   * Every assistant reply element on the page in document order. Must be cheap: it runs once
   * per batched DOM change, so it should be a querySelectorAll, not a text read.
   */
  replyElements(root: ParentNode): Element[];
  /**
   * Reads one reply element. Runs only for replies whose content changed since the last read.
   * `newest`: whether it is the page's newest reply, when the caller knows (spares a page query).
   */
  readReply(reply: Element, newest?: boolean): ReplyReading;
}

/** Text, user text and model may be read from the page only when first asked for (see lib/reading). */
export interface ReplyReading {
  /** The site's own message id when it has one (stable across re-renders), else null. */
  messageId: string | null;
  /** The reply's visible text, as the user reads it (code included: the scorer skips it). */
  text: string;
  /** The text of the user turn this reply answers, or null when none is on the page. */
  userText: string | null;
  /** The model name when the page shows one. */
  model: string | null;
  /** True while the site is still writing this reply. */
  streaming: boolean;
}
