// Where in the previous answer a reply's drops show: the sentences whose content words or
// corrections the reply no longer uses. A capitulation score raised by what the reply dropped has
// no span in the reply, so these are the evidence a reader can check: "it said this before, and
// no longer does". Spans are offsets into the previous answer (RuleResult.previousHits).
import { phrases, tokenSpan, type Context, type Doc, type Hit } from './context';

/** Sentences shown per rule: the clearest few, not a copy of the previous answer. */
const MAX_SENTENCES = 2;
/** A sentence is quoted up to this many tokens, so a run-on line stays a quote. */
const MAX_TOKENS = 40;

/** Sentence s of `doc` (the reply or one of its turns) as a span, cut at MAX_TOKENS so a run-on line stays a quote. */
export function sentenceSpan(ctx: Context, doc: Doc, s: number): Hit {
  const from = doc.sentStart[s] as number;
  const to = Math.min(doc.sentStart[s + 1] ?? doc.count, from + MAX_TOKENS);
  return tokenSpan(ctx, from, to, doc);
}

/**
 * The sentences with the most dropped items (counts[s] for sentence s; ties: the earlier), in
 * text order. A sentence with a single item is shown only when no sentence has two: one dropped
 * word says little. One pass per pick: this runs on every reply judged as capitulation.
 */
function strongestSentences(ctx: Context, doc: Doc, counts: Int32Array): Hit[] {
  const picked: number[] = [];
  let min = 1;
  for (let k = 0; k < MAX_SENTENCES; k++) {
    let best = -1;
    let most = min - 1;
    for (let s = 0; s < counts.length; s++) {
      const n = counts[s] as number;
      if (n > most && !picked.includes(s)) (best = s), (most = n);
    }
    if (best === -1) break;
    picked.push(best);
    min = Math.min(2, most);
  }
  return picked.sort((a, b) => a - b).map((s) => sentenceSpan(ctx, doc, s));
}

/**
 * Sentences of the previous answer holding the most content words that the reply no longer uses.
 * `stems`: the previous answer's content stems by token (contentStems); `kept`: the reply's
 * content words.
 */
export function sentencesDropped(ctx: Context, previous: Doc, stems: string[], kept: ReadonlySet<string>): Hit[] {
  const counts = new Int32Array(previous.sentStart.length);
  for (let i = 0; i < stems.length; i++) {
    const w = stems[i] as string;
    if (w === '' || kept.has(w)) continue;
    const s = previous.sent[i] as number;
    counts[s] = (counts[s] as number) + 1;
  }
  return strongestSentences(ctx, previous, counts);
}

/** Sentences of the previous answer with corrective phrases ("no evidence", "myth") that the reply no longer uses at all. */
export function correctionsDropped(ctx: Context, previous: Doc): Hit[] {
  const words = (doc: Doc, from: number, to: number) => doc.tok.slice(from, to).join(' ');
  const still = new Set(phrases(ctx, 'correction').map((m) => words(ctx.doc, m.from, m.to)));
  const counts = new Int32Array(previous.sentStart.length);
  for (const m of phrases(ctx, 'correction', previous)) {
    if (still.has(words(previous, m.from, m.to))) continue;
    const s = previous.sent[m.from] as number;
    counts[s] = (counts[s] as number) + 1;
  }
  return strongestSentences(ctx, previous, counts);
}
