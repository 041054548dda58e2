/**
 * How a site shows that it is still writing a reply. Only the newest reply on the page can be
 * streaming, so every signal counts for it alone: a saved or reopened page of finished replies
 * reads as finished, and a marker a site forgets to clear on an old reply cannot hold its badge
 * back for ever.
 */
export interface StreamingSignals {
  /** The page's stop control, shown only while the site writes. */
  stopControl?: string;
  /** False while the reply lacks what the site adds or sets when it finishes (action bar, ...). */
  finished?: (reply: Element) => boolean;
}

/**
 * The stop control each page showed when last asked: while a reply streams it is asked on every
 * batch of changes, and checking the one found last spares a search of the whole page.
 */
const lastStopControl = new WeakMap<Document, Element>();

function showsStopControl(doc: Document, selector: string): boolean {
  const last = lastStopControl.get(doc);
  if (last?.isConnected && last.matches(selector)) return true;
  const found = doc.querySelector(selector);
  if (found) lastStopControl.set(doc, found);
  return found !== null;
}

/**
 * `newest`: whether the reply is the page's newest, when the caller knows (the content script
 * does); otherwise the page is queried for it.
 */
export function isStreaming(reply: Element, replies: (root: ParentNode) => Element[], signals: StreamingSignals, newest?: boolean): boolean {
  if (newest === false) return false;
  const doc = reply.ownerDocument;
  // The reply's own marker first: it looks at one reply, the stop control at the whole page.
  const hinted =
    (signals.finished !== undefined && !signals.finished(reply)) ||
    (signals.stopControl !== undefined && showsStopControl(doc, signals.stopControl));
  // The newest-reply check queries the page, so it runs only when a signal asks for it.
  return hinted && (newest ?? replies(doc).at(-1) === reply);
}
