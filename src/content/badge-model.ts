import { t, type MessageKey } from '../i18n/browser';
import { DIMENSIONS, type Dimension, type SycophancyScore } from '../scorer/types';
import type { Settings } from '../settings';

/** What one badge shows: the reply's score and the user turn it answered. */
export interface BadgeData {
  score: SycophancyScore;
  userText: string | null;
  /** Length of the scored reply text: evidence offsets are placed relative to it. */
  replyLength: number;
}

/** The settings badges follow; they change live when the options change. */
export type BadgeOptions = Pick<Settings, 'badgeStyle' | 'flagThreshold' | 'highlightEvidence'>;

export type Band = 'low' | 'mid' | 'high' | 'none';

/** Colour band of a 0–100 value: flagged from the threshold, "mid" from half of it. */
export function band(value: number | null, threshold: number): Band {
  if (value === null) return 'none';
  if (value >= threshold) return 'high';
  return value >= threshold / 2 ? 'mid' : 'low';
}

export const DIMENSION_NAME: Record<Dimension, MessageKey> = {
  flattery: 'dimensionFlattery',
  emoji: 'dimensionEmoji',
  agreement: 'dimensionAgreement',
};

export function verdict(overall: number, threshold: number): string {
  const key: Record<Band, MessageKey> = { high: 'verdictFlagged', mid: 'verdictSome', low: 'verdictLow', none: 'verdictLow' };
  return t(key[band(overall, threshold)]);
}

export function dimensionValue(value: number | null): string {
  return value === null ? t('notApplicable') : String(value);
}

/** The screen-reader name of the badge: score, what it means, and each dimension. */
export function badgeLabel(score: SycophancyScore, threshold: number): string {
  if (score.overall === null) return t('badgeAriaUnsupported', score.language);
  const dimensions = DIMENSIONS.map((d) => `${t(DIMENSION_NAME[d])} ${dimensionValue(score.dimensions[d])}`).join(', ');
  return t('badgeAria', [score.overall, verdict(score.overall, threshold), dimensions]);
}
