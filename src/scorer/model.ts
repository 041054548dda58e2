// Combines rule values and lexicon entries into one dimension's score with fitted weights:
// logit = bias + Σ weight·value + Σ lexicon weights present, mapped to 0–100 by toScore.
import { countPerLength, tokenIds, type Compiled, type Context, type Hit, type Rule, type RuleResult } from './rules/context';
import { compileLexicon, lexiconScore, type CompiledLexicon } from './lexicon-features';
import type { DimensionWeights } from './model-types';

/** A rule that moved the logit, or a gate that kept rules from moving it (see withhold). (Lexicon entries move it too, but are never evidence, so they are not listed.) */
export interface Contribution {
  signal: string;
  /** Fitted weight per unit of the rule's value. */
  weight: number;
  /** weight × value: how much it moved the logit. */
  amount: number;
  hits: Hit[];
  /** Spans of the previous answer (see RuleResult.previousHits). */
  previousHits?: Hit[];
}

export interface DimensionResult {
  score: number;
  logit: number;
  contributions: Contribution[];
}

/** A rule the dimension uses (weight ≠ 0), with its index in the rule list (ruleResults' key). */
interface WeightedRule {
  rule: Rule;
  index: number;
  weight: number;
}

export interface CompiledWeights {
  raw: DimensionWeights;
  /** The score of a reply with no signal (see toScore). */
  neutral: number;
  /** The rules with a weight, in rule-list order. */
  rules: WeightedRule[];
  lexicon: CompiledLexicon;
}

/** Compiles a dimension's weights against the rule list and a language pack's compiled lists (its vocabulary and negators). */
export function compileWeights(raw: DimensionWeights, rules: Rule[], pack: Compiled, neutral = 0): CompiledWeights {
  const weighted: WeightedRule[] = [];
  rules.forEach((rule, index) => {
    const weight = raw.features[rule.name];
    if (weight !== undefined && weight !== 0) weighted.push({ rule, index, weight });
  });
  return { raw, neutral, rules: weighted, lexicon: compileLexicon(raw.lexicon, pack.negators, pack.vocab) };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Runs each rule at most once per reply; several dimensions share the results. */
function runRule(ctx: Context, { rule, index }: WeightedRule): RuleResult {
  let r = ctx.ruleResults[index];
  if (!r) {
    r = rule.run(ctx);
    ctx.ruleResults[index] = r;
  }
  return r;
}

/** A rule's value as a dimension reads it: its counts per length when the dimension was fitted so. */
export function featureValue(r: RuleResult, ctx: Context, perLength: boolean | undefined): number {
  return perLength && r.count !== undefined ? countPerLength(r.count, ctx.doc.count) : r.value;
}

export function scoreDimension(ctx: Context, weights: CompiledWeights): DimensionResult {
  let logit = weights.raw.bias;
  const contributions: Contribution[] = [];
  let gated: Contribution[] | undefined;
  for (const weighted of weights.rules) {
    const r = runRule(ctx, weighted);
    if (r.withheld) gated = withhold(gated ?? [], r.withheld, weighted.weight);
    if (r.value === 0) continue;
    const w = weighted.weight;
    const value = featureValue(r, ctx, weights.raw.perLength);
    logit += w * value;
    contributions.push({ signal: weighted.rule.name, weight: w, amount: w * value, hits: r.hits, previousHits: r.previousHits });
  }
  if (gated) for (const c of gated) if (c.amount !== 0) contributions.push(c);
  // The lexicon counts in the logit but is never evidence (evidence.ts), so it adds no contributions.
  if (weights.lexicon.size > 0) logit += lexiconScore(ctx.doc, weights.lexicon, tokenIds(ctx));
  return { score: toScore(logit, weights.raw.bias, weights.neutral), logit, contributions };
}

/**
 * Adds what a gate withheld from one rule to the gate's contribution: minus the rule's weight
 * times the value it would have read. The logit never held it (the rule read 0), so this only
 * explains the score: a gate is one signal, with no fitted weight, whose value is 1 when it
 * closes, so its weight is that amount. Only a gate that kept down rules that raise the score
 * lowered it; toEvidence shows it among the spans that lowered the score.
 */
function withhold(gated: Contribution[], withheld: NonNullable<RuleResult['withheld']>, weight: number): Contribution[] {
  const amount = -weight * withheld.value;
  const c = gated.find((g) => g.signal === withheld.by);
  if (c) {
    c.amount += amount;
    c.weight = c.amount;
  } else gated.push({ signal: withheld.by, weight: amount, amount, hits: withheld.hits });
  return gated;
}

/**
 * Maps a logit to 0–100 so that 50 stays the fitted flag point (logit 0) and `neutral` is "nothing
 * beyond the baseline": a reply with no signal at all (logit = bias) scores `neutral`, not the base
 * rate of the training corpus. From 50 up it is the model's probability; from the baseline to the
 * flag point it is linear in the logit (49 at most, so only a logit ≥ 0 is flagged); below the
 * baseline — signals against, for a dimension that has them — it falls linearly to 0 at twice the
 * bias. Monotone, so the ranking is the logistic model's; linear in the logit rather than in
 * probability because scores are integers: with the low biases the calibration sets,
 * probability-linear squeezed most replies into the first few points, and the ties cost ranking
 * (flattery held-out AUC 0.740 → 0.759 with this mapping; agreement 0.758 → 0.776 with a neutral
 * point of 5 rather than 0).
 */
export function toScore(logit: number, bias: number, neutral = 0): number {
  if (logit >= 0 || bias >= 0) return Math.round(100 * sigmoid(logit));
  const fromBaseline = (logit - bias) / -bias;
  if (fromBaseline < 0) return Math.max(0, Math.round(neutral * (1 + fromBaseline)));
  return Math.min(49, Math.round(neutral + (50 - neutral) * fromBaseline));
}
