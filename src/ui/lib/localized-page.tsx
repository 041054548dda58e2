import { render, type ComponentChild } from 'preact';
import { currentLanguage, initI18n, onLanguageChanged } from '../../i18n/browser';

/**
 * Renders an extension page once its language is known, names the document in that language,
 * and renders again when the language is changed in the options. No stylesheet of its own: the
 * report page keeps the export's palette.
 */
export async function mountLocalized(title: () => string, page: () => ComponentChild): Promise<void> {
  await initI18n().catch(() => undefined);
  const root = document.getElementById('app')!;
  const draw = () => {
    document.documentElement.lang = currentLanguage();
    document.title = title();
    render(page(), root);
  };
  draw();
  onLanguageChanged(draw);
}
