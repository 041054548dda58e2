// Supported languages. To add one: copy lang/en to lang/<code>, translate lexicon.ts, fit its
// weights (scripts/scorer/fit.ts --lang <code> on labeled replies in that language), and add it here.
import { en } from './en';
import type { LanguagePack } from './types';

export const LANGUAGES: Record<string, LanguagePack> = { en };

export { detectLanguage, functionWordBitsById } from './detect';
export type { LanguageLexicon, LanguagePack } from './types';
