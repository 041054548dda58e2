/** Weights of one fitted logistic model: score = 100 · sigmoid(bias + Σ feature·weight + Σ lexicon). */
export interface DimensionWeights {
  bias: number;
  /** Rule name → weight per unit of the rule's value (see rules/). */
  features: Record<string, number>;
  /** Word or word pair (space-separated, "not_" marks a negated word) → weight when present. */
  lexicon: Record<string, number>;
  /** Count rules enter per length of the reply (rules/context.ts: countPerLength) instead of as plain counts. */
  perLength?: boolean;
}

export type FittedDimension = 'flattery' | 'agreement' | 'capitulation';

export interface WeightsFile {
  version: string;
  /** How and on what the weights were fitted; informational. */
  fitted: Record<string, unknown>;
  dimensions: Record<FittedDimension, DimensionWeights>;
}
