import type { SycophancyScore } from '../scorer/types';
import type { ReplyRecord } from './record';

/** A score as the columns of a stored row. */
export function scoreFields(score: SycophancyScore): Pick<ReplyRecord, 'overall' | 'flattery' | 'emoji' | 'agreement' | 'capitulation' | 'language' | 'evidence' | 'scorerVersion'> {
  return {
    overall: score.overall,
    flattery: score.dimensions.flattery,
    emoji: score.dimensions.emoji,
    agreement: score.dimensions.agreement,
    capitulation: score.capitulation ?? false,
    language: score.language,
    evidence: score.evidence,
    scorerVersion: score.version,
  };
}
