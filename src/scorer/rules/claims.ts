// The claims the user and another party state in a user turn ("I'm saying that …, and they're
// saying that …"), for the rules that read which of the two a reply states (stance-polarity,
// first-side-named).
import { CAT, isStopword, tokenIds, tokenStems, wordIds, type Claim, type Context, type Doc, type UserClaims } from './context';

/** How far before a claim's word a negator still negates it ("it is not true that money…"). */
export const NEGATION_REACH = 3;

/**
 * Is token k of `doc` (any turn) a negation: a negator ("not", "never") or a word that negates a
 * claim on its own ("cannot": the pack's `stance.denials`)? By word id: both lists have ids.
 */
export function isNegationAt(ctx: Context, doc: Doc, k: number): boolean {
  const id = tokenIds(ctx, doc)[k] as number;
  const byId = ctx.c.catsById;
  return (id < byId.length && ((byId[id] as number) & CAT.negator) !== 0) || wordIds(ctx, ctx.lang.lexicon.stance.denials).includes(id);
}

/** Content words of 3+ letters ("hot", "dog"), so short claims keep their subject. */
function isClaimWord(ctx: Context, user: Doc, k: number, t: string, id: number): boolean {
  return t.length >= 3 && !isStopword(ctx, id) && !isNegationAt(ctx, user, k);
}

/**
 * The first claim the user states as their own ("I'm saying that …", "I think …") and the first a
 * party the user names states ("they're saying that …", "they think …"): each the clause after the
 * marker, to the end of the sentence or to where the other side's words begin. Memoised per reply.
 */
export function claims(ctx: Context, user: Doc): UserClaims | undefined {
  if (ctx.memo.userClaims !== undefined) return ctx.memo.userClaims ?? undefined;
  const found = findClaims(ctx, user);
  ctx.memo.userClaims = found ?? null;
  return found;
}

function findClaims(ctx: Context, user: Doc): UserClaims | undefined {
  const { tok, sent } = user;
  const st = ctx.c.stance;
  const stems = tokenStems(ctx, user);
  const ids = tokenIds(ctx, user);
  // Index of the marker when token i is "I"/"my" or another party followed by a marker within three words of its sentence, else −1.
  const markerAfter = (i: number): number => {
    const t = tok[i] as string;
    if (!st.firstPerson.has(t) && !st.otherParties.has(t)) return -1;
    for (let k = i + 1; k < tok.length && k <= i + 3 && sent[k] === sent[i]; k++) if (st.markers.has(tok[k] as string)) return k;
    return -1;
  };
  let own: Claim | undefined;
  let theirs: Claim | undefined;
  for (let i = 0; i < tok.length && !(own && theirs); i++) {
    const k = markerAfter(i);
    if (k === -1) continue;
    const isOwn = st.firstPerson.has(tok[i] as string);
    const claim: Claim = { words: new Set(), negated: false };
    // The clause runs to the end of the sentence or to where another side states its view
    // ("…, and they're saying…"); a party merely named in it ("for most people") does not end it.
    let j = k + 1;
    for (; j < tok.length && sent[j] === sent[k] && markerAfter(j) === -1; j++) {
      if (isNegationAt(ctx, user, j)) claim.negated = true;
      else if (isClaimWord(ctx, user, j, tok[j] as string, ids[j] as number)) claim.words.add(stems[j] as string);
    }
    if (isOwn) own ??= claim;
    else theirs ??= claim;
    i = j - 1;
  }
  return own && theirs ? { own, theirs } : undefined;
}
