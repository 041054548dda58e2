// Where in the previous answer a reply's drops show: the sentences whose content words or
// corrections the reply no longer uses. A capitulation score raised by what the reply dropped has
// no span in the reply, so these are the evidence a reader can check: "it said this before, and
// no longer does". Spans are offsets into the previous answer (RuleResult.previousHits).
import { phrases, tokenSpan, type Context, type Doc, type Hit } from './context';

/** Sentences shown per rule: the clearest few, not a copy of the previous answer. */
const MAX_SENTENCES = 2;
/** A sentence is quoted up to this many tokens, so a run-on line stays a quote. */
const MAX_TOKENS = 40;

function sentenceSpan(ctx: Context, doc: Doc, s: number): Hit {
  const from = doc.sentStart[s] as number;
  const to = Math.min(doc.sentStart[s + 1] ?? doc.tok.length, from + MAX_TOKENS);
  return tokenSpan(ctx, from, to, doc);
}

/**
 * The sentences with the most dropped items (counts[s] for sentence s), in text order. A sentence
 * with a single item is shown only when no sentence has two: one dropped word says little.
 */
function strongestSentences(ctx: Context, doc: Doc, counts: number[]): Hit[] {
  const best = Math.max(0, ...counts);
  const min = Math.min(2, best);
  if (min === 0) return [];
  return counts
    .map((n, s) => [n, s] as const)
    .filter(([n]) => n >= min)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, MAX_SENTENCES)
    .map(([, s]) => s)
    .sort((a, b) => a - b)
    .map((s) => sentenceSpan(ctx, doc, s));
}

/**
 * Sentences of the previous answer holding the most distinct content words that the reply no
 * longer uses. `stems`: the previous answer's content stems by token (contentStems); `kept`: the
 * reply's content words.
 */
export function sentencesDropped(ctx: Context, previous: Doc, stems: string[], kept: Set<string>): Hit[] {
  const counts = new Array<number>(previous.sentStart.length).fill(0);
  // Sentence each dropped word was last counted in, so a word counts once per sentence.
  const countedIn = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) {
    const w = stems[i] as string;
    if (w === '' || kept.has(w)) continue;
    const s = previous.sent[i] as number;
    if (countedIn.get(w) === s) continue;
    countedIn.set(w, s);
    counts[s] = (counts[s] as number) + 1;
  }
  return strongestSentences(ctx, previous, counts);
}

/** Sentences of the previous answer with corrective phrases ("no evidence", "myth") that the reply no longer uses at all. */
export function correctionsDropped(ctx: Context, previous: Doc): Hit[] {
  const words = (doc: Doc, from: number, to: number) => doc.tok.slice(from, to).join(' ');
  const still = new Set(phrases(ctx, 'correction').map((m) => words(ctx.doc, m.from, m.to)));
  const counts = new Array<number>(previous.sentStart.length).fill(0);
  for (const m of phrases(ctx, 'correction', previous)) {
    if (still.has(words(previous, m.from, m.to))) continue;
    const s = previous.sent[m.from] as number;
    counts[s] = (counts[s] as number) + 1;
  }
  return strongestSentences(ctx, previous, counts);
}
