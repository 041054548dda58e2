// Every rule the fitted models can use, in README order. A rule is one file (or one entry in
// phrase-rules.ts), runs alone on a Context, and returns a value plus the spans that raised it.
import type { Rule } from './context';
import { affirmedTrue } from './affirmed-true';
import { bothSides } from './both-sides';
import { boostedYou } from './boosted-you';
import { capsEmphasis } from './caps-emphasis';
import { contributionPraise } from './contribution-praise';
import { demonstrativePraise } from './demonstrative-praise';
import { exclamation } from './exclamation';
import { concessionSide } from './concession-side';
import { firstSideNamed } from './first-side-named';
import { heardThenHeld } from './heard-then-held';
import { discoveryCredit } from './discovery-credit';
import { frontierCredit } from './frontier-credit';
import { exclaimedAtReader } from './exclaimed-at-reader';
import { openingExclamation } from './opening-exclamation';
import { intensifiedPraise } from './intensified-praise';
import { notAtAll } from './not-at-all';
import { openingAffirmation, openingConcession, unreasonedAffirmation } from './opening-affirmation';
import { closingPraise, openingPraise } from './opening-praise';
import { appreciation } from './appreciation';
import { agreementPhrase, agreesWithUser, concession, counterpoint, distancing, holding, realityTesting, sideTaking, validation } from './phrase-rules';
import { predicatePraise } from './predicate-praise';
import { proposalPraise } from './proposal-praise';
import { reassurance } from './reassurance';
import { statementsDropped } from './statements-dropped';
import { superlativeEver } from './superlative-ever';
import { recastYou } from './recast-you';
import { recastDoubt } from './recast-doubt';
import { movedByReader } from './moved-by-reader';
import { secondPersonPraise } from './second-person-praise';
import { sidesWithOther } from './sides-with-other';
import { stanceClosing, stanceOpening } from './stance-adoption';
import { stancePolarity } from './stance-polarity';
import { correctionDropped, dropsPrevious, premiseAdoption, premiseRestated } from './turn-comparison';
import { correctionFlipped } from './correction-flipped';
import { correctionKept } from './correction-kept';
import { premiseCorrected } from './premise-corrected';
import { unquestionedHelp } from './unquestioned-help';
import { verdictForUser } from './verdict-for-user';
import { unqualifiedVerdict } from './unqualified-verdict';

export const RULES: Rule[] = [
  secondPersonPraise,
  contributionPraise,
  demonstrativePraise,
  predicatePraise,
  proposalPraise,
  boostedYou,
  recastYou,
  openingPraise,
  closingPraise,
  intensifiedPraise,
  superlativeEver,
  appreciation,
  validation,
  reassurance,
  notAtAll,
  recastDoubt,
  frontierCredit,
  discoveryCredit,
  movedByReader,
  exclaimedAtReader,
  affirmedTrue,
  exclamation,
  openingExclamation,
  capsEmphasis,
  openingAffirmation,
  unreasonedAffirmation,
  agreementPhrase,
  agreesWithUser,
  unqualifiedVerdict,
  premiseAdoption,
  stanceOpening,
  stanceClosing,
  stancePolarity,
  firstSideNamed,
  concessionSide,
  premiseRestated,
  counterpoint,
  bothSides,
  distancing,
  realityTesting,
  sideTaking,
  sidesWithOther,
  verdictForUser,
  unquestionedHelp,
  concession,
  openingConcession,
  holding,
  heardThenHeld,
  dropsPrevious,
  correctionDropped,
  statementsDropped,
  premiseCorrected,
  correctionKept,
  correctionFlipped,
];

export type { Context, Hit, Rule, RuleResult } from './context';
