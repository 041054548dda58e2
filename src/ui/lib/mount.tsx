import type { ComponentChild } from 'preact';
import { t, type MessageKey } from '../../i18n/browser';
import { mountLocalized } from './localized-page';
import './base.css';

/** The popup and the options page: the shared look, and a document title from the messages. */
export function mountPage(titleKey: MessageKey, page: () => ComponentChild): Promise<void> {
  return mountLocalized(() => t(titleKey), page);
}
