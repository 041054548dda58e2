/**
 * How a site shows that it is still writing a reply. Only the newest reply on the page can be
 * streaming, so page-wide signals (a stop button) and "no action bar yet" only count for it; a
 * saved or reopened page of finished replies therefore reads as finished.
 */
export interface StreamingSignals {
  /** The page's stop control, shown only while the site writes. */
  stopControl?: string;
  /** False while the reply lacks what the site adds when it finishes (its action bar, ...). */
  finished?: (reply: Element) => boolean;
  /** True when the reply itself says it is being written (an attribute or class). */
  writing?: (reply: Element) => boolean;
}

export function isStreaming(reply: Element, replies: (root: ParentNode) => Element[], signals: StreamingSignals): boolean {
  if (signals.writing?.(reply)) return true;
  const doc = reply.ownerDocument;
  const hinted =
    (signals.stopControl !== undefined && doc.querySelector(signals.stopControl) !== null) ||
    (signals.finished !== undefined && !signals.finished(reply));
  // The newest-reply check queries the page, so it runs only when a signal asks for it.
  return hinted && replies(doc).at(-1) === reply;
}
