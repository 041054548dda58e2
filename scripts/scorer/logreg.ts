// Logistic regression for the scorer's weights: dense rule features with sign constraints plus a
// sparse binary lexicon, L2-regularised, class-balanced, fitted with full-batch Adam.

export interface Example {
  dense: Float64Array;
  /** Indices of lexicon entries present. */
  sparse: Int32Array;
  y: 0 | 1;
  /** Sample weight (default 1), e.g. to give each part of a source the same say. */
  w?: number;
}

export interface FitOptions {
  /** +1, −1 or 0 (free) per dense feature. */
  signs: number[];
  lexiconSize: number;
  l2Dense: number;
  l2Sparse: number;
  iterations: number;
  learningRate: number;
  /** Where the L2 penalty pulls each dense weight (default 0 for all). */
  denseCenter?: Float64Array;
  /** Keep the dense (rule) weights as given in `init`; fit only bias and lexicon. */
  freezeDense?: boolean;
}

export interface Fitted {
  bias: number;
  dense: Float64Array;
  sparse: Float64Array;
}

export function logit(m: Fitted, x: Example): number {
  let z = m.bias;
  for (let j = 0; j < x.dense.length; j++) z += (m.dense[j] as number) * (x.dense[j] as number);
  for (let k = 0; k < x.sparse.length; k++) z += m.sparse[x.sparse[k] as number] as number;
  return z;
}

export function fitLogistic(data: Example[], opts: FitOptions, init?: Fitted): Fitted {
  const D = opts.signs.length;
  const V = opts.lexiconSize;
  const m: Fitted = init ?? { bias: 0, dense: new Float64Array(D), sparse: new Float64Array(V) };
  const pos = data.filter((x) => x.y === 1).length;
  const neg = data.length - pos;
  const wPos = data.length / (2 * Math.max(1, pos));
  const wNeg = data.length / (2 * Math.max(1, neg));
  const n = data.length;
  // Adam state: index 0 = bias, 1..D dense, D+1.. sparse.
  const P = 1 + D + V;
  const mom = new Float64Array(P);
  const vel = new Float64Array(P);
  const grad = new Float64Array(P);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= opts.iterations; t++) {
    grad.fill(0);
    for (const x of data) {
      const p = 1 / (1 + Math.exp(-logit(m, x)));
      const g = ((p - x.y) * (x.y === 1 ? wPos : wNeg) * (x.w ?? 1)) / n;
      grad[0]! += g;
      for (let j = 0; j < D; j++) grad[1 + j]! += g * (x.dense[j] as number);
      for (let k = 0; k < x.sparse.length; k++) grad[1 + D + (x.sparse[k] as number)]! += g;
    }
    for (let j = 0; j < D; j++) grad[1 + j]! += 2 * opts.l2Dense * ((m.dense[j] as number) - (opts.denseCenter?.[j] ?? 0));
    for (let k = 0; k < V; k++) grad[1 + D + k]! += 2 * opts.l2Sparse * (m.sparse[k] as number);
    const lr = opts.learningRate;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < P; i++) {
      const g = grad[i] as number;
      mom[i] = b1 * (mom[i] as number) + (1 - b1) * g;
      vel[i] = b2 * (vel[i] as number) + (1 - b2) * g * g;
      const step = (lr * ((mom[i] as number) / c1)) / (Math.sqrt((vel[i] as number) / c2) + 1e-8);
      if (i === 0) m.bias -= step;
      else if (i <= D) {
        if (opts.freezeDense) continue;
        let w = (m.dense[i - 1] as number) - step;
        const s = opts.signs[i - 1] as number;
        if (s > 0 && w < 0) w = 0;
        if (s < 0 && w > 0) w = 0;
        m.dense[i - 1] = w;
      } else m.sparse[i - 1 - D] = (m.sparse[i - 1 - D] as number) - step;
    }
  }
  return m;
}

/** Area under the ROC curve (Mann–Whitney U, ties count half). */
export function auc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let rankSumPos = 0;
  let pos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k] as number] === 1) {
        rankSumPos += rank;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = idx.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
