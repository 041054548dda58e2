import { render, type ComponentChild } from 'preact';
import { currentLanguage, initI18n, onLanguageChanged, t, type MessageKey } from './i18n';
import './base.css';

/**
 * Renders an extension page once its language is known, names the document in that language,
 * and renders again when the language is changed in the options.
 */
export async function mountPage(titleKey: MessageKey, page: () => ComponentChild): Promise<void> {
  await initI18n().catch(() => undefined);
  const root = document.getElementById('app')!;
  const draw = () => {
    document.documentElement.lang = currentLanguage();
    document.title = t(titleKey);
    render(page(), root);
  };
  draw();
  onLanguageChanged(draw);
}
