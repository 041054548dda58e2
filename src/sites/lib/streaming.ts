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

export function isStreaming(reply: Element, replies: (root: ParentNode) => Element[], signals: StreamingSignals): boolean {
  const doc = reply.ownerDocument;
  const hinted =
    (signals.stopControl !== undefined && doc.querySelector(signals.stopControl) !== null) ||
    (signals.finished !== undefined && !signals.finished(reply));
  // The newest-reply check queries the page, so it runs only when a signal asks for it.
  return hinted && replies(doc).at(-1) === reply;
}
