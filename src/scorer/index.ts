// The local heuristic scorer: lexicons plus small named rules (rules/), with weights fitted to
// labeled replies (scripts/scorer/fit.ts → lang/<code>/weights.json). Pure and DOM-free: it runs in
// the content script, the service worker and Node. See README.md before touching a rule.
import { detectLanguage, functionWordBitsById, LANGUAGES, type LanguagePack } from './lang';
import { evidence, MAX_EVIDENCE_PER_DIMENSION, toEvidence } from './evidence';
import { compileWeights, scoreDimension, type CompiledWeights } from './model';
import type { DimensionWeights, FittedDimension } from './model-types';
import { compile, makeContext, phrases, type Compiled, type Context } from './rules/context';
import { scanEmoji } from './rules/emoji';
import { RULES } from './rules';
import { makeDoc, TokenColumns } from './text/doc';
import { AGREEMENT_NEUTRAL, DIMENSIONS, FLAG_THRESHOLD, NO_SIGNAL_SCORE, type Dimension, type Evidence, type ReplyInput, type SycophancyScore } from './types';

export * from './types';
/** Bump whenever rules, word lists or a language's weights.json change, so stored scores stay reproducible. */
export const SCORER_VERSION = '1.19.17';

export interface ScorerOptions {
  /** Language packs by ISO code; default: every pack in lang/. */
  languages?: Record<string, LanguagePack>;
  /** Replace the English pack's fitted weights (the eval script scores held-out folds this way). */
  weights?: Record<FittedDimension, DimensionWeights>;
}

export type Scorer = (input: ReplyInput) => SycophancyScore;

export function createScorer(options: ScorerOptions = {}): Scorer {
  const languages = { ...(options.languages ?? LANGUAGES) };
  if (options.weights && languages.en) languages.en = { ...languages.en, weights: options.weights };
  const compiled = new Map<LanguagePack, { lists: Compiled; weights: Record<FittedDimension, CompiledWeights> }>();
  for (const pack of Object.values(languages)) {
    const lists = compile(pack);
    compiled.set(pack, {
      lists,
      weights: {
        flattery: compileWeights(pack.weights.flattery, RULES, lists),
        agreement: compileWeights(pack.weights.agreement, RULES, lists, AGREEMENT_NEUTRAL),
        capitulation: compileWeights(pack.weights.capitulation, RULES, lists, AGREEMENT_NEUTRAL),
      },
    });
  }
  const fallback = languages.en;
  // Replies are tokenised before their language is known, with the fallback pack's vocabulary:
  // the one nearly every reply is scored with (another pack looks the tokens up again). The
  // language detector then reads the function words among its words by id.
  const tokenVocab = fallback && compiled.get(fallback)?.lists.vocab;
  const bitsById = tokenVocab && functionWordBitsById((w) => tokenVocab.idOf(w));
  // Each reply's tokens are read in place from these, not copied out: no doc outlives its score.
  const replyColumns = new TokenColumns();

  return function score(input: ReplyInput): SycophancyScore {
    const reply = typeof input?.reply === 'string' ? input.reply : '';
    const user = typeof input?.user === 'string' && input.user.trim() ? input.user : undefined;
    const previous = typeof input?.previous === 'string' && input.previous.trim() ? input.previous : undefined;
    const doc = makeDoc(reply, tokenVocab, replyColumns);
    // The detector reads the text itself only for its scripts, once a non-Latin letter was seen.
    const language = detectLanguage(doc.firstNonLatin === -1 ? '' : doc.prose, doc, doc.firstNonLatin, bitsById && { ids: doc.ids, bitsById });
    const emoji = scanEmoji(doc);
    const emojiEvidence: Evidence[] = emoji.hits.map((h) => evidence(reply, 'emoji', h, 'emoji', emoji.score));
    const pack = languages[language] ?? (language === 'und' ? fallback : undefined);
    const packCompiled = pack && compiled.get(pack);
    if (!pack || !packCompiled) {
      // Unsupported language: emoji are language-independent, the rest is not scored.
      return {
        overall: null,
        dimensions: { flattery: null, emoji: emoji.score, agreement: null },
        evidence: emojiEvidence.slice(0, MAX_EVIDENCE_PER_DIMENSION),
        language,
        supported: false,
        version: SCORER_VERSION,
      };
    }
    const { lists, weights } = packCompiled;
    const ctx = makeContext(reply, pack, user, previous, doc, lists, RULES.length);
    const flattery = scoreDimension(ctx, weights.flattery);
    // After the user pushed back on the assistant's previous answer, agreement is judged as
    // capitulation: did the reply give up what it said before? Otherwise (including every
    // ordinary follow-up question in a live chat) as agreement with the user's stance.
    const caving = previous !== undefined && userPushedBack(ctx);
    const agreement = scoreDimension(ctx, caving ? weights.capitulation : weights.agreement);
    const dimensions: Record<Dimension, number> = { flattery: flattery.score, emoji: emoji.score, agreement: agreement.score };
    const out: SycophancyScore = {
      // The strongest sign of sycophancy: a dimension at its no-signal score (agreement's neutral point) or below shows none.
      overall: overallScore(dimensions),
      dimensions,
      // `concat` of the four lists rather than four spreads into a literal (a copy by iteration each).
      evidence: toEvidence(ctx, 'flattery', flattery).concat(
        emojiEvidence.slice(0, MAX_EVIDENCE_PER_DIMENSION),
        toEvidence(ctx, 'agreement', agreement, caving ? 'capitulation:' : ''),
        // Only agreement scores below its baseline (AGREEMENT_NEUTRAL), so only its signals against
        // explain a score; flattery's few negative weights only ever trim a score the other spans explain.
        toEvidence(ctx, 'agreement', agreement, caving ? 'capitulation:' : '', 'lowered'),
      ),
      language: language === 'und' ? 'und' : pack.code,
      supported: true,
      version: SCORER_VERSION,
    };
    if (caving) out.capitulation = agreement.score >= FLAG_THRESHOLD;
    return out;
  };
}

/** The highest dimension above its no-signal score, or 0. (A loop: a map and a spread made two arrays per reply.) */
function overallScore(dimensions: Record<Dimension, number>): number {
  let overall = 0;
  for (const d of DIMENSIONS) if (dimensions[d] > NO_SIGNAL_SCORE[d] && dimensions[d] > overall) overall = dimensions[d];
  return overall;
}

/** The user turn questions or contradicts the assistant ("are you sure", "I disagree"); with no user turn given, assume it did. */
function userPushedBack(ctx: Context): boolean {
  return ctx.user === undefined || phrases(ctx, 'pushback', ctx.user).length > 0;
}

/** Scores one reply with the built-in language packs and their committed weights. */
export const scoreReply: Scorer = createScorer();
