// Content script: one classic file for every supported chat site. It picks the adapter for this
// host, badges finished replies and hands their scores to the background for storage.
import browser from 'webextension-polyfill';
import type { PageStatus, ToContent } from '../background/messages';
import { adapterForHost } from '../sites';
import { Outbox } from './outbox';
import { ReplyWatcher } from './watcher';

const adapter = adapterForHost(location.hostname);

if (adapter) {
  const outbox = new Outbox((error) => console.warn(`Sycophancy Probe: a score is waiting to be saved (${error}); it will be retried.`));
  const watcher = new ReplyWatcher(adapter, (reply) => outbox.send(reply));
  watcher.start();
  browser.runtime.onMessage.addListener((message: unknown): Promise<PageStatus> | undefined => {
    if ((message as ToContent | undefined)?.type !== 'page-status') return undefined;
    return Promise.resolve({ ...watcher.status(), unsaved: outbox.size });
  });
}
