import type { LanguagePack } from '../types';
import type { WeightsFile } from '../../model-types';
import { lexicon } from './lexicon';
import precompiled from './precompiled.json';
import weightsJson from './weights.json';

/** The fitted weights file, written by `npm run fit:scorer`. */
export const weightsFile = weightsJson as unknown as WeightsFile;

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  lexicon,
  weights: weightsFile.dimensions,
  precompiled,
};
