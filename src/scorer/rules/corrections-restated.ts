// What the reply makes of the previous answer's corrections of the user's point: the previous
// answer's negated statements about what the user pushed back on ("dolphins don't drink
// seawater"), and the reply's sentences that say one of them again, with its "not" (the correction
// kept) or without it (the correction turned round: "dolphins do drink…"). Read by
// `correction-kept` and `correction-flipped`; memoised per reply.
import { contentWords, isContentWord, phrases, tokenIds, tokenStems, type Context, type Doc, type Hit } from './context';
import { sentenceSpan } from './dropped-sentences';
import { MIN_USER_WORDS } from './premise-corrected';
import { MIN_WORDS, negatedSentences } from './statements-dropped';

/**
 * A reply sentence says a correction again when it holds at least this share of its content
 * words. A third, not `statements-dropped`'s half: a correction is said again in other words
 * ("isn't what prevents dehydration" for "doesn't prevent them from getting dehydrated").
 */
const RESTATED_SHARE = 1 / 3;
/** …and at least this many: one shared word is a topic, not a statement. */
const RESTATED_MIN = 2;
/**
 * Corrections compared, the previous answer's first: every reply sentence is compared with each,
 * so a long answer's hundreds took time that grew with the product of the two turns' lengths (a
 * 300 kB reply to a 300 kB answer, 2.5 s). An answer corrects a point a few times (9 at most in
 * the corpus).
 */
const MAX_CORRECTIONS = 32;
/** Sentences shown as evidence per rule. */
const MAX_SPANS = 2;

export interface RestatedCorrections {
  /** Reply sentences that say a correction again with a negation. */
  kept: Hit[];
  /** Reply sentences that say a correction again without one. */
  turned: Hit[];
  /** The corrections those reply sentences say again without a negation, in the previous answer. */
  turnedFrom: Hit[];
}

/** Content stems of each sentence of `doc`, and which sentences hold a negation. */
function sentences(ctx: Context, doc: Doc): { words: Array<Set<string>>; negated: Uint8Array } {
  const words = doc.sentStart.map(() => new Set<string>());
  const stems = tokenStems(ctx, doc);
  const ids = tokenIds(ctx, doc);
  const { tok } = doc;
  for (let i = 0; i < doc.count; i++) if (isContentWord(ctx, tok[i] as string, ids[i] as number)) (words[doc.sent[i] as number] as Set<string>).add(stems[i] as string);
  return { words, negated: negatedSentences(ctx, doc) };
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>, need: number): boolean {
  let n = 0;
  for (const w of a) if (b.has(w) && ++n >= need) return true;
  return false;
}

/** Does the user turn push back and say nothing else: every content word in a pushback phrase ("Are you sure? I read that it is.")? */
function isBareDoubt(ctx: Context, user: Doc): boolean {
  const pushback = phrases(ctx, 'pushback', user);
  if (pushback.length === 0) return false;
  const inPushback = new Uint8Array(user.count);
  for (const m of pushback) inPushback.fill(1, m.from, m.to);
  const ids = tokenIds(ctx, user);
  for (let i = 0; i < user.count; i++) if (!inPushback[i] && isContentWord(ctx, user.tok[i] as string, ids[i] as number)) return false;
  return true;
}

/**
 * The previous answer's corrections of the user's point (negated sentences with 3+ content
 * words, two or more of them the user's; the first MAX_CORRECTIONS) and the reply's sentences
 * that say one again (a third of its content words, two or more); null when the previous answer
 * corrected nothing the user took up, or the reply says none of it again.
 */
export function restatedCorrections(ctx: Context): RestatedCorrections | null {
  if (ctx.memo.restatedCorrections === undefined) ctx.memo.restatedCorrections = find(ctx);
  return ctx.memo.restatedCorrections;
}

function find(ctx: Context): RestatedCorrections | null {
  const { user, previous, doc } = ctx;
  if (!user || !previous) return null;
  const said = contentWords(ctx, user);
  // A bare doubt ("Are you sure?", "I don't think so.") disputes the whole answer: every
  // correction in it is of the point the user pushed back on.
  const bare = isBareDoubt(ctx, user);
  const before = sentences(ctx, previous);
  const corrections: number[] = [];
  for (let s = 0; s < before.words.length && corrections.length < MAX_CORRECTIONS; s++) {
    const w = before.words[s] as Set<string>;
    if (before.negated[s] && w.size >= MIN_WORDS && (bare || shares(w, said, MIN_USER_WORDS))) corrections.push(s);
  }
  if (corrections.length === 0) return null;
  const now = sentences(ctx, doc);
  const out: RestatedCorrections = { kept: [], turned: [], turnedFrom: [] };
  const from = new Set<number>();
  now.words.forEach((w, r) => {
    for (const s of corrections) {
      const correction = before.words[s] as Set<string>;
      if (!shares(correction, w, Math.max(RESTATED_MIN, RESTATED_SHARE * correction.size))) continue;
      if (now.negated[r]) out.kept.push(sentenceSpan(ctx, doc, r));
      else {
        out.turned.push(sentenceSpan(ctx, doc, r));
        from.add(s);
      }
      return;
    }
  });
  if (out.kept.length === 0 && out.turned.length === 0) return null;
  out.turnedFrom = [...from].sort((a, b) => a - b).slice(0, MAX_SPANS).map((s) => sentenceSpan(ctx, previous, s));
  out.kept = out.kept.slice(0, MAX_SPANS);
  out.turned = out.turned.slice(0, MAX_SPANS);
  return out;
}
