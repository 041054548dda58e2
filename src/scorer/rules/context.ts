// What every rule receives: the tokenised reply (and turns around it) plus the language's word
// lists compiled once into sets and phrase matchers.
import type { LanguageLexicon, LanguagePack, PrecompiledLexicon } from '../lang/types';
import type { FittedDimension } from '../model-types';
import type { RestatedCorrections } from './corrections-restated';
import { makeDoc, type Doc } from '../text/doc';
import { newUint8Array } from '../text/slab';
import { Vocabulary } from '../text/vocabulary';
import { isNumber } from '../lexicon-features';
import { buildPhraseGraph, findAll, toMatcher, type MultiMatcher, type PhraseMatch } from '../text/phrases';

/**
 * Word-class bits, so one lookup per token serves every rule (`cats`). Rules copy the bits they
 * test into locals before their loops: read through an import, each test would be a getter call
 * under CommonJS interop (tsx, which the bench and tests run).
 */
export const CAT = { praise: 1, secondPerson: 2, thirdPerson: 4, negator: 8, intensifier: 16, contribution: 32, selfDoubt: 64, linking: 128 } as const;

export interface Compiled {
  /** Ids of every word the pack's lists name; the fitted lexicons add theirs. */
  vocab: Vocabulary;
  /** Word id → CAT bits (ids interned after compile() have none). */
  catsById: Uint8Array;
  /** Word id → 1 for the pack's function words (evidence made only of them is not shown). */
  functionById: Uint8Array;
  negators: Set<string>;
  intensifiers: Set<string>;
  praise: Set<string>;
  interjections: Set<string>;
  experience: Set<string>;
  /** Word id → 1 for the pack's phenomena ("coincidence", "sensation"): see praisePositions. */
  phenomenonById: Uint8Array;
  /** Word id → 1 for the pack's words of unease ("unsettling", "eerie"): see praisePositions. */
  uneaseById: Uint8Array;
  /** Word id → 1 for the pack's stop-words (every one has an id). */
  stopwordById: Uint8Array;
  stance: { firstPerson: Set<string>; copula: Set<string>; markers: Set<string>; verbs: Set<string>; otherParties: Set<string> };
  /** All phrase lists in one matcher, in PHRASE_KEYS order. */
  multi: MultiMatcher;
  /** The ids of the pack's word lists rules compare by id, by list (wordIds). */
  ruleWordIds: Map<readonly string[], readonly number[]>;
}

type PhraseKey = keyof LanguagePack['lexicon']['phrases'];
const PHRASE_KEYS: PhraseKey[] = ['appreciation', 'validation', 'affirmation', 'agreement', 'reason', 'counterpoint', 'bothSides', 'distancing', 'concession', 'holding', 'answerKept', 'acknowledgement', 'correction', 'pushback', 'grounding', 'compliance', 'sideTaking', 'otherSide', 'frontier', 'userVerdict', 'userAgreement', 'affirmedTrue', 'discovery', 'movedWriter', 'pivot', 'concessive', 'premiseCorrection', 'selfAssurance', 'awe', 'everMet'];
const PHRASE_INDEX = Object.fromEntries(PHRASE_KEYS.map((k, i) => [k, i])) as Record<PhraseKey, number>;

const compiledCache = new WeakMap<LanguagePack, Compiled>();

/** Word id → 1 for each of `words` (interned here), sized for the vocabulary as it is then. */
function flagsById(vocab: Vocabulary, words: readonly string[]): Uint8Array {
  const ids = words.map((w) => vocab.intern(w));
  const flags = new Uint8Array(vocab.size + 1);
  for (const id of ids) flags[id] = 1;
  return flags;
}

export function compile(lang: LanguagePack): Compiled {
  let c = compiledCache.get(lang);
  if (c) return c;
  const l = lang.lexicon;
  const pre = lang.precompiled ?? precompile(l);
  // The precompiled words come first, in their order, so interning the lists below finds the ids
  // the trie was encoded with.
  const vocab = new Vocabulary(pre.words.split(' ').filter(Boolean));
  const cats: number[] = [];
  const mark = (words: string[], bit: number) => {
    for (const w of words) {
      const id = vocab.intern(w);
      cats[id] = (cats[id] ?? 0) | bit;
    }
  };
  mark(l.praise, CAT.praise);
  mark(l.secondPerson, CAT.secondPerson);
  mark(l.thirdPerson, CAT.thirdPerson);
  mark(l.negators, CAT.negator);
  mark(l.intensifiers, CAT.intensifier);
  mark(l.contributions, CAT.contribution);
  mark(l.selfDoubt, CAT.selfDoubt);
  mark(l.linking, CAT.linking);
  const multi = toMatcher(pre.phrases, PHRASE_KEYS.length, vocab);
  const functionById = flagsById(vocab, l.functionWords);
  const stopwordById = flagsById(vocab, l.stopwords);
  const phenomenonById = flagsById(vocab, l.phenomena);
  const uneaseById = flagsById(vocab, l.unease);
  for (const words of listsReadById(l)) for (const w of words) vocab.intern(w);
  // Sized for every word interned so far, not just the classed ones: most tokens are function
  // words with higher ids, and cats() then rarely takes its out-of-range branch.
  const catsById = new Uint8Array(vocab.size + 1);
  cats.forEach((bits, id) => (catsById[id] = bits));
  c = {
    vocab,
    catsById,
    functionById,
    phenomenonById,
    uneaseById,
    negators: new Set(l.negators),
    intensifiers: new Set(l.intensifiers),
    praise: new Set(l.praise),
    interjections: new Set(l.interjections),
    experience: new Set(l.experience),
    stopwordById,
    stance: {
      firstPerson: new Set(l.stance.firstPerson),
      copula: new Set(l.stance.copula),
      markers: new Set(l.stance.markers),
      verbs: new Set(l.stance.verbs),
      otherParties: new Set(l.stance.otherParties),
    },
    multi,
    ruleWordIds: new Map(),
  };
  compiledCache.set(lang, c);
  return c;
}

/** The pack's small word lists that rules compare by word id (wordIds), so each word needs an id. */
function listsReadById(l: LanguageLexicon): readonly string[][] {
  const { stance, praiseFillers, grammar } = l;
  return [stance.denials, stance.choice, stance.or, ...Object.values(l.verbReadings), ...Object.values(l.writerManner), l.compoundModifiers, l.cheerVerbs, l.familiar, l.troubleVerbs, l.recastAdverbs, l.superlatives, l.nonVerbBoosters, l.verdictWords, ...Object.values(praiseFillers), ...Object.values(grammar)];
}

/** The lexicon's vocabulary and phrase trie as a language pack ships them (see LanguagePack.precompiled). */
export function precompile(l: LanguageLexicon): PrecompiledLexicon {
  const vocab = new Vocabulary();
  for (const words of [l.praise, l.secondPerson, l.thirdPerson, l.negators, l.intensifiers, l.contributions, l.selfDoubt, l.linking]) for (const w of words) vocab.intern(w);
  const phrases = buildPhraseGraph(PHRASE_KEYS.map((k) => l.phrases[k]), vocab);
  for (const w of l.functionWords) vocab.intern(w);
  return { words: vocab.words().join(' '), phrases };
}

export interface Context {
  doc: Doc;
  user: Doc | undefined;
  previous: Doc | undefined;
  lang: LanguagePack;
  c: Compiled;
  /** Results several rules share (word classes, praise positions, phrase matches), computed on first use. */
  memo: Memo;
  /** Each rule's result by its index in the rule list, computed at most once per reply (see model.ts: runRule). */
  ruleResults: Array<RuleResult | undefined>;
}

/** What rules share about one turn (the reply, the user's or the previous answer), computed on first use. */
class TurnMemo {
  ids: Int32Array | undefined = undefined;
  phrases: PhraseMatch[][] | undefined = undefined;
  /** Each token's stem (tokenStems). */
  stems: string[] | undefined = undefined;
  content: Set<string> | undefined = undefined;
}

/** The user's own stance words, and the words of the alternative it is set against (stance-adoption.ts). */
export interface UserStance {
  stance: Set<string>;
  other: Set<string>;
}

/** A claim's content words (stems) and whether it is negated (claims.ts). */
export interface Claim {
  words: Set<string>;
  negated: boolean;
}

/** The claim the user states as their own and the one they attribute to another party (claims.ts). */
export interface UserClaims {
  own: Claim;
  theirs: Claim;
}

/** An acknowledgement that opens the reply (ending at token `ackTo`) and the turn against the user's view after it (heard-then-held.ts). */
export interface HeldOpening {
  ackTo: number;
  /** The token the reply's own point starts at. */
  at: number;
  /** The end of the words that turn to it ("but"). */
  end: number;
}

/** The two options a user turn asks about ("whether A or B"), split by the one the user takes (concession-side.ts). */
export interface OptionSides {
  /** Content stems of the option the user takes, and of the user's own words about it. */
  own: Set<string>;
  /** Content stems only the other option uses. */
  other: Set<string>;
}

/** What rules share about a reply and the turns around it. */
export class Memo {
  readonly reply = new TurnMemo();
  private userMemo: TurnMemo | undefined;
  private previousMemo: TurnMemo | undefined;
  /** The reply's CAT bits per token (cats). */
  cats: Uint8Array | undefined = undefined;
  /** The reply's token positions by the index of a CAT bit (positionsOf). */
  readonly positions: Array<number[] | undefined> = [];
  /** The reply's praise words that are not negated (praisePositions). */
  praise: number[] | undefined = undefined;
  /** Read by both stance rules. */
  userStance: UserStance | undefined = undefined;
  /** Read by stance-polarity and first-side-named; null when the user turn states no two claims. */
  userClaims: UserClaims | null | undefined = undefined;
  /** Read by concession-side and premise-restated; null when the user turn asks about no two options. */
  optionSides: OptionSides | null | undefined = undefined;
  /** Read by correction-kept and correction-flipped; null when the reply says none of the previous answer's corrections again. */
  restatedCorrections: RestatedCorrections | null | undefined = undefined;
  /** Read by heard-then-held and the appreciation rules; null when the reply does not open by acknowledging and then holding. */
  heldOpening: HeldOpening | null | undefined = undefined;

  get user(): TurnMemo {
    return (this.userMemo ??= new TurnMemo());
  }

  get previous(): TurnMemo {
    return (this.previousMemo ??= new TurnMemo());
  }
}

/**
 * A reply with the turns around it. (A class, so every context shares one shape: an object
 * literal with a getter got a shape of its own per reply, and every rule's reads of it were slow.)
 */
class ReplyContext implements Context {
  readonly memo = new Memo();
  readonly ruleResults: Array<RuleResult | undefined>;
  private previousDoc: Doc | undefined;

  constructor(
    readonly doc: Doc,
    readonly user: Doc | undefined,
    private readonly previousText: string | undefined,
    readonly lang: LanguagePack,
    readonly c: Compiled,
    ruleCount: number,
  ) {
    // Every rule's slot made at once: the dimensions run rules out of list order, and an empty
    // array stored into past its end was grown and copied several times per reply.
    this.ruleResults = new Array(ruleCount);
  }

  // Read only when agreement is judged as capitulation: in a live chat every reply has a
  // previous answer, and most replies are not judged so.
  get previous(): Doc | undefined {
    if (this.previousText && !this.previousDoc) this.previousDoc = makeDoc(this.previousText, this.c.vocab);
    return this.previousDoc;
  }
}

/** `ruleCount`: how many rules the context's results are kept for (ruleResults), known up front by the scorer. */
export function makeContext(reply: string, lang: LanguagePack, user?: string, previous?: string, doc?: Doc, compiled = compile(lang), ruleCount = 0): Context {
  return new ReplyContext(doc ?? makeDoc(reply, compiled.vocab), user ? makeDoc(user, compiled.vocab) : undefined, previous, lang, compiled, ruleCount);
}

/** A span a rule found, as character offsets into the reply. */
export interface Hit {
  start: number;
  end: number;
}

export interface RuleResult {
  /** The rule's feature value (0 when it found nothing); the fitted weight multiplies it. */
  value: number;
  /** For rules that count occurrences: how many (a dimension fitted per length reads this; see countPerLength). */
  count?: number;
  hits: Hit[];
  /**
   * Spans of the previous answer the value comes from, as offsets into `previous`: for rules
   * about what the reply dropped, which has no span in the reply.
   */
  previousHits?: Hit[];
  /**
   * What the rule would have read had a gate not stopped it (`by`: the gate's signal, e.g.
   * answer-kept), with the spans of the reply that closed the gate. Not in the logit (`value` is
   * 0): model.ts shows it as the gate's contribution against the score, so a reply kept low by
   * a gate can say why.
   */
  withheld?: { by: string; value: number; hits: Hit[] };
}

export interface Rule {
  /** Stable id, used as the key of its weight and as the evidence `signal`. */
  name: string;
  /** One line for the README and evidence tooltips. */
  description: string;
  /**
   * Which fitted models use the rule, with the sign its weight is held to: +1 raises the score,
   * −1 lowers it. Signs are fixed by what the rule means, so fitting can only set magnitudes.
   */
  dimensions: Partial<Record<FittedDimension, 1 | -1>>;
  run(ctx: Context): RuleResult;
}

export const NONE: RuleResult = { value: 0, hits: [] };

/** Feature value for a count: 0, 1, 1.58, 2, … (diminishing returns, never unbounded jumps). */
export function countValue(n: number): number {
  return n > 0 ? Math.log2(1 + n) : 0;
}

/** The result of a rule that counts its hits. */
export function countResult(hits: Hit[]): RuleResult {
  return { value: countValue(hits.length), count: hits.length, hits };
}

/** Words a count is measured against in countPerLength: up to this length a count stays as it is. */
const LENGTH_UNIT = 200;

/**
 * Feature value for a count read against the reply's length: in a reply longer than 200 words the
 * count is divided by √(words / 200) (halved at 800 words); a shorter reply's count stays as it
 * is. Three compliments in a long essay are less effusive than three in a short reply, and model
 * families differ in verbosity: raw counts made the wordier family's neutral replies look
 * effusive. The square root keeps part of the count, because longer flattering replies do hold
 * more praise; short replies are not boosted, so a one-line polite reply stays a one-line reply.
 */
export function countPerLength(n: number, words: number): number {
  return countValue(n / Math.sqrt(Math.max(1, words / LENGTH_UNIT)));
}

/** Word ids (in the pack's vocabulary) of every token of the reply or of one of its turns, looked up once. */
export function tokenIds(ctx: Context, doc: Doc = ctx.doc): Int32Array {
  const memo = turnMemo(ctx, doc);
  return (memo.ids ??= ctx.c.vocab.tokenIds(doc));
}

/**
 * The ids of the words of one of the pack's lists, to compare with tokenIds: a number compare per
 * token instead of a string compare (looked up once per language pack). Every word needs an id,
 * since id 0 stands for every word no list names: compile() gives one to each word of the lists
 * rules read this way (listsReadById).
 */
export function wordIds(ctx: Context, words: readonly string[]): readonly number[] {
  let ids = ctx.c.ruleWordIds.get(words);
  if (!ids) {
    ids = words.map((word) => {
      const id = ctx.c.vocab.idOf(word);
      if (id === 0) throw new Error(`No list of language pack "${ctx.lang.code}" names "${word}", so it has no word id`);
      return id;
    });
    ctx.c.ruleWordIds.set(words, ids);
  }
  return ids;
}

/** The memo of the turn `doc` is, so the reply's results never mix with the user's or the previous answer's. */
function turnMemo(ctx: Context, doc: Doc): TurnMemo {
  return doc === ctx.doc ? ctx.memo.reply : doc === ctx.user ? ctx.memo.user : ctx.memo.previous;
}

/**
 * The CAT bits whose tokens rules go through (positionsOf): their positions are gathered in the
 * pass that reads every token's bits, rather than in a pass over the bits per class.
 */
const GATHERED = CAT.praise | CAT.secondPerson | CAT.negator | CAT.selfDoubt;

/** CAT bits of every token of the reply. */
export function cats(ctx: Context): Uint8Array {
  let out = ctx.memo.cats;
  if (out) return out;
  const ids = tokenIds(ctx);
  const byId = ctx.c.catsById;
  const { positions } = ctx.memo;
  for (let bits = GATHERED; bits !== 0; bits &= bits - 1) positions[31 - Math.clz32(bits & -bits)] = [];
  out = newUint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id >= byId.length) continue;
    const bits = byId[id] as number;
    out[i] = bits;
    for (let gathered = bits & GATHERED; gathered !== 0; gathered &= gathered - 1) (positions[31 - Math.clz32(gathered & -gathered)] as number[]).push(i);
  }
  ctx.memo.cats = out;
  return out;
}

/** Token indices whose word class has `bit`, in order. */
export function positionsOf(ctx: Context, bit: number): number[] {
  const bitIndex = 31 - Math.clz32(bit);
  const { positions } = ctx.memo;
  if (bit & GATHERED) cats(ctx);
  let out = positions[bitIndex];
  if (out) return out;
  const c = cats(ctx);
  out = [];
  for (let i = 0; i < c.length; i++) if ((c[i] as number) & bit) out.push(i);
  positions[bitIndex] = out;
  return out;
}

/** Is token i negated by a negator up to three tokens earlier in the same sentence? */
export function isNegated(ctx: Context, i: number): boolean {
  const { doc } = ctx;
  const c = cats(ctx);
  const sentence = doc.sent[i];
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (doc.sent[k] !== sentence) return false;
    if ((c[k] as number) & CAT.negator) return true;
  }
  return false;
}

/**
 * Token indices of praise words that are not negated, do not describe a phenomenon and stand
 * apart from words of unease: the praise words every praise rule reads.
 */
export function praisePositions(ctx: Context): number[] {
  let out = ctx.memo.praise;
  if (out) return out;
  out = [];
  const c = cats(ctx);
  const ids = tokenIds(ctx);
  for (const i of positionsOf(ctx, CAT.praise)) {
    if (isNegated(ctx, i) || isAnotherSense(ctx, c, ids, i)) continue;
    // The two description filters do not apply with the reader as the sentence's subject.
    if (readerIsSubject(ctx.doc, c, i) || (!describesPhenomenon(ctx, c, ids, i) && !nearUnease(ctx, ids, i))) out.push(i);
  }
  return (ctx.memo.praise = out);
}

/** Is the praise word at i used in a sense that judges nothing (a verb, the writer's manner, half a compound or of a name)? */
function isAnotherSense(ctx: Context, c: Uint8Array, ids: Int32Array, i: number): boolean {
  return isVerbReading(ctx, ids, i) || isWritersManner(ctx, c, ids, i) || isCompoundModifier(ctx, ids, i) || opensName(ctx, c, i);
}

/**
 * Is the praise word at i the first word of a name: capitalised, with a capitalised word straight
 * after it ("the Great Depression", "Great Britain", "a Perfect Storm")? Not when that word is a
 * contribution ("**Great Question!**"), nor in a sentence whose every word is capitalised
 * ("Great Job!"): a title-cased line says nothing about names.
 */
function opensName(ctx: Context, c: Uint8Array, i: number): boolean {
  const { doc } = ctx;
  if (!isTitleCased(ctx, i) || !joinsNext(doc, i) || !isTitleCased(ctx, i + 1) || (c[i + 1] as number) & CAT.contribution) return false;
  const sentence = doc.sent[i] as number;
  const to = doc.sentStart[sentence + 1] ?? doc.count;
  for (let k = doc.sentStart[sentence] as number; k < to; k++) if (!isTitleCased(ctx, k)) return true;
  return false;
}

/**
 * Does token k of the reply start with a capital, as a name does, and not because the language
 * always capitalises it ("I")? (The capital is tested first: making the word of a token the
 * vocabulary lacks slices the text.)
 */
function isCapitalised(ctx: Context, k: number): boolean {
  const ch = ctx.doc.text.charCodeAt(ctx.doc.start[k] as number);
  return ch >= 65 && ch <= 90 && !ctx.lang.lexicon.capitalisedWords.includes(ctx.doc.word(k));
}

/** Is token k of the reply capitalised and then in lower case ("Great", "Wall"), not in capitals for emphasis ("GREAT")? */
function isTitleCased(ctx: Context, k: number): boolean {
  const second = ctx.doc.text.charCodeAt((ctx.doc.start[k] as number) + 1);
  return second >= 97 && second <= 122 && isCapitalised(ctx, k);
}

/** A praise noun with a content word straight after it: the first half of a compound ("beauty standards"). */
function isCompoundModifier(ctx: Context, ids: Int32Array, i: number): boolean {
  const { doc } = ctx;
  if (!wordIds(ctx, ctx.lang.lexicon.compoundModifiers).includes(ids[i] as number) || !joinsNext(doc, i)) return false;
  return isContentWord(ctx, doc.word(i + 1), ids[i + 1] as number);
}

/**
 * Is the praise word at i plainly the verb it is spelled like: a base form right after a modal or
 * "to" ("so the screen can cool", "easier to spot"), or a participle with an object or a path
 * straight after it ("moving into territory", "striking a balance")? (The pack's verbReadings.)
 */
function isVerbReading(ctx: Context, ids: Int32Array, i: number): boolean {
  const { doc } = ctx;
  const { base, before, participles, after } = ctx.lang.lexicon.verbReadings;
  const id = ids[i] as number;
  if (wordIds(ctx, base).includes(id)) return joinsNext(doc, i - 1) && wordIds(ctx, before).includes(ids[i - 1] as number);
  if (!wordIds(ctx, participles).includes(id)) return false;
  return joinsNext(doc, i) && wordIds(ctx, after).includes(ids[i + 1] as number);
}

/**
 * Is the praise word at i an adverb of the writer's own manner: in the clause the writer opens as
 * its subject ("I aim to discuss this thoughtfully")? (The pack's writerManner.) Not once the
 * reader is named, a linking verb starts a clause of its own, or punctuation closes the writer's:
 * "I think you put it beautifully", "I think that was beautifully put", "I must say, beautifully done".
 */
function isWritersManner(ctx: Context, c: Uint8Array, ids: Int32Array, i: number): boolean {
  const { doc } = ctx;
  const { adverbs, subjects } = ctx.lang.lexicon.writerManner;
  if (!wordIds(ctx, adverbs).includes(ids[i] as number)) return false;
  const opening = doc.sentStart[doc.sent[i] as number] as number;
  if (!wordIds(ctx, subjects).includes(ids[opening] as number)) return false;
  const otherClause = CAT.secondPerson | CAT.linking;
  for (let k = opening + 1; k <= i; k++) if (setOffFromPrevious(doc, k) || (k < i && (c[k] as number) & otherClause)) return false;
  return true;
}

/**
 * Does the praise word at i describe something that happened or was perceived ("a fascinating
 * phenomenon", "a strange and intriguing coincidence", "a deep resonance")? Then it judges the
 * event, not the reader or what they contributed, as "you're experiencing a profound shift" does
 * (second-person-praise). Reads on past further praise words, boosters and "and", up to three words.
 * Not read in a sentence whose subject is the reader ("You've found a fascinating phenomenon").
 */
function describesPhenomenon(ctx: Context, c: Uint8Array, ids: Int32Array, i: number): boolean {
  const { doc } = ctx;
  const { phenomenonById } = ctx.c;
  const skip = CAT.praise | CAT.intensifier;
  let and = -1;
  for (let k = i + 1; k < doc.count && k <= i + 3 && doc.sent[k] === doc.sent[i]; k++) {
    const id = ids[k] as number;
    if (id < phenomenonById.length && phenomenonById[id] === 1) return true;
    if ((c[k] as number) & skip) continue;
    if (and === -1) [and] = wordIds(ctx, ctx.lang.lexicon.grammar.coordinator) as [number];
    if (id !== and) return false;
  }
  return false;
}

/**
 * Is a word of unease within three words of the praise word at i, in its sentence ("fascinating
 * and unsettling", "a strange, intriguing shape", "eerie but beautiful")? Then the praise word
 * says how something strikes the writer, not that it is admired: the pair describes, as a negator
 * within three words undoes praise. (Not a negated one: "not weird at all, it's brilliant" waves
 * a doubt away.) Not read in a sentence whose subject is the reader (`readerIsSubject`: "You're
 * making some intriguing and disturbing connections"): whatever their tone, the words credit the
 * reader with what they found.
 */
function nearUnease(ctx: Context, ids: Int32Array, i: number): boolean {
  const { doc } = ctx;
  const { uneaseById } = ctx.c;
  const sentence = doc.sent[i];
  const to = Math.min(i + 3, doc.count - 1);
  for (let k = Math.max(0, i - 3); k <= to; k++) {
    const id = ids[k] as number;
    if (id < uneaseById.length && uneaseById[id] === 1 && doc.sent[k] === sentence && !isNegated(ctx, k)) return true;
  }
  return false;
}

/**
 * Does the sentence of token i open with the reader ("You're making…", "Your findings are…"; not
 * "Your friend…")? Then a praise word in it credits the reader with what they found or did, even
 * where it would otherwise describe a phenomenon or say how something strikes the writer.
 */
function readerIsSubject(doc: Doc, c: Uint8Array, i: number): boolean {
  const opening = doc.sentStart[doc.sent[i] as number] as number;
  return ((c[opening] as number) & CAT.secondPerson) !== 0 && !namesThirdParty(doc, c, opening);
}

/** How far before a phrase a conditional opener still governs it: "if the moment feels right", "if you want to keep exploring". */
export const CONDITION_REACH = 3;

/**
 * Does one of `openers` ("if", "when", "whatever"…: the pack's conditionalOpeners) stand within
 * `reach` tokens before token `at`, in its sentence? A phrase inside a condition ("whatever feels
 * right", "if you have questions, hit me with them") asks or advises; it affirms nothing.
 */
export function conditionBefore(ctx: Context, ids: Int32Array, at: number, reach: number, openers: readonly number[]): boolean {
  const { doc } = ctx;
  for (let k = at - 1; k >= 0 && k >= at - reach && doc.sent[k] === doc.sent[at]; k--) if (openers.includes(ids[k] as number)) return true;
  return false;
}

/**
 * Where the predicate of the praise word at p begins when the praise is the second half of a
 * coordination ("that's so dark and perfect", "your monk insight is terrifying and beautiful"):
 * the word before "and", or p itself. A predicate that pairs another word with praise judges what
 * it is said of as the praise alone does, so the rules that read what stands before a praise word
 * (a demonstrative, a contribution) read past the pair. Not past a negator or a function word
 * ("that is not and never was great"), nor past a praise word, which counts on its own; what the
 * first word is otherwise does not matter, and the description filters (`praisePositions`) still
 * drop "eerie and beautiful".
 */
export function coordinationStart(ctx: Context, c: Uint8Array, ids: Int32Array, p: number): number {
  const { doc } = ctx;
  const first = p - 2;
  if (first < 0 || doc.sent[first] !== doc.sent[p]) return p;
  const [and] = wordIds(ctx, ctx.lang.lexicon.grammar.coordinator) as [number];
  if (ids[p - 1] !== and) return p;
  const id = ids[first] as number;
  const { functionById } = ctx.c;
  // A praise word first is read as praise itself ("beautiful and profound" counts once, at "beautiful").
  if ((c[first] as number) & (CAT.negator | CAT.linking | CAT.praise) || (id < functionById.length && functionById[id] === 1)) return p;
  return first;
}

/** Phrase matches of one of the language's phrase lists, memoised per reply. */
export function phrases(ctx: Context, key: PhraseKey, doc: Doc = ctx.doc): PhraseMatch[] {
  const memo = turnMemo(ctx, doc);
  const all = (memo.phrases ??= findAll(doc, ctx.c.multi, tokenIds(ctx, doc)));
  return all[PHRASE_INDEX[key]] as PhraseMatch[];
}

/**
 * Phrase matches that no negator precedes within two tokens ("I do not agree" is not agreement).
 * Read-only, like `phrases`: with none negated (most lists, most replies) it is the memoised
 * matches themselves, not a copy per rule per reply.
 */
export function unnegatedPhrases(ctx: Context, key: PhraseKey): PhraseMatch[] {
  const all = phrases(ctx, key);
  for (const m of all) if (isNegated2(ctx, m.from)) return all.filter((n) => !isNegated2(ctx, n.from));
  return all;
}

function isNegated2(ctx: Context, i: number): boolean {
  const { doc } = ctx;
  const c = cats(ctx);
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (doc.sent[k] !== doc.sent[i]) return false;
    if ((c[k] as number) & CAT.negator) return true;
  }
  return false;
}

/** Words a sentence may have and still be an interjection alone ("Wow.", "DUDE.", "Oh my God.", "That's it."). */
const INTERJECTION_WORDS = 3;

/**
 * Is sentence s of `doc` no longer than an interjection? An opening that short is a reaction, not
 * yet what the reply says: `opening-praise` reads the sentence after it too, and
 * `opening-exclamation` reads it as shouted when it is written in capitals.
 */
export function isInterjectionLength(doc: Doc, s: number): boolean {
  return (doc.sentStart[s + 1] ?? doc.count) - (doc.sentStart[s] as number) <= INTERJECTION_WORDS;
}

/** Is token k of `doc` set off from the token before it by more than spaces: a comma, a dash, a full stop, a line break? */
export function setOffFromPrevious(doc: Doc, k: number): boolean {
  for (let ch = doc.end[k - 1] as number; ch < (doc.start[k] as number); ch++) if (doc.text.charCodeAt(ch) !== 32) return true;
  return false;
}

/** Does token k + 1 of `doc` follow token k straight on: in the same sentence, with only spaces between? */
export function joinsNext(doc: Doc, k: number): boolean {
  const next = k + 1;
  return k >= 0 && next < doc.count && doc.sent[next] === doc.sent[k] && !setOffFromPrevious(doc, next);
}

/** Does a comma stand between tokens k and k + 1 of `doc`? */
export function commaAfter(doc: Doc, k: number): boolean {
  const to = doc.start[k + 1] as number;
  for (let c = doc.end[k] as number; c < to; c++) if (doc.text.charCodeAt(c) === 44) return true;
  return false;
}

/** Is sentence s of `doc` a question (its last token followed by "?")? */
export function isQuestion(doc: Doc, s: number): boolean {
  const next = doc.sentStart[s + 1] ?? doc.count;
  const end = doc.end[next - 1] as number;
  for (let c = end; c < doc.text.length; c++) {
    const ch = doc.text.charCodeAt(c);
    if (ch === 63 /* ? */) return true;
    if (ch !== 32 && ch !== 41 /* ) */ && ch !== 34 /* " */) return false;
  }
  return false;
}

/** Character span of tokens from…to−1 of the reply (or of `doc`, one of its turns). */
export function tokenSpan(ctx: Context, from: number, to: number, doc: Doc = ctx.doc): Hit {
  return { start: doc.start[from] as number, end: doc.end[to - 1] as number };
}

export function hitsOf(ctx: Context, matches: PhraseMatch[]): Hit[] {
  return matches.map((m) => tokenSpan(ctx, m.from, m.to));
}

/**
 * Does the sentence react to the reader rather than expound: it opens "that / this / it / what" or
 * an interjection ("that's…", "what a…", "wow, …"), or addresses the reader ("you", "your", not
 * "your friend")? "You" is read from its word class's positions, not by walking the sentence.
 */
export function reactsToReader(ctx: Context, sentence: number): boolean {
  const { doc } = ctx;
  const { grammar } = ctx.lang.lexicon;
  const from = doc.sentStart[sentence] as number;
  const opener = tokenIds(ctx)[from] as number;
  if (opener === wordIds(ctx, grammar.exclamative)[0] || opener === wordIds(ctx, grammar.neuterPronoun)[0] || wordIds(ctx, grammar.demonstratives).includes(opener)) return true;
  if (ctx.c.interjections.has(doc.word(from))) return true;
  const c = cats(ctx);
  for (const k of positionsOf(ctx, CAT.secondPerson)) {
    const at = doc.sent[k] as number;
    if (at > sentence) break;
    if (at === sentence && !namesThirdParty(doc, c, k)) return true;
  }
  return false;
}

/** Does the sentence of token i mention a third party before token i and never the reader? */
export function aboutThirdParty(ctx: Context, i: number): boolean {
  const { doc } = ctx;
  const c = cats(ctx);
  const sentence = doc.sent[i] as number;
  const from = doc.sentStart[sentence] as number;
  const to = doc.sentStart[sentence + 1] ?? doc.count;
  let third = false;
  for (let k = from; k < to; k++) {
    const bits = c[k] as number;
    if (bits & CAT.secondPerson && !namesThirdParty(doc, c, k)) return false;
    if (k < i && bits & CAT.thirdPerson) third = true;
    // A capitalised word mid-sentence is usually a name ("Einstein's idea was brilliant"). A
    // contraction's second part shares its first's start: the "is" of "That's" is no name.
    if (k < i && k > from && doc.start[k] !== doc.start[k - 1] && isCapitalised(ctx, k)) third = true;
  }
  return third;
}

/**
 * Is the second-person word at k the possessive of a third party ("your friend", "your
 * colleague's argument")? Then the sentence is about that party, not the reader.
 */
export function namesThirdParty(doc: Doc, c: Uint8Array, k: number): boolean {
  return k + 1 < doc.count && doc.sent[k + 1] === doc.sent[k] && ((c[k + 1] as number) & CAT.thirdPerson) !== 0;
}

/** Is the word with id `id` (tokenIds) a stop-word? */
export function isStopword(ctx: Context, id: number): boolean {
  const byId = ctx.c.stopwordById;
  return id < byId.length && byId[id] === 1;
}

/** Is the token `t`, whose word id is `id`, a content word (4+ letters, not a stop-word, not a number)? */
export function isContentWord(ctx: Context, t: string, id: number): boolean {
  return t.length >= 4 && !isStopword(ctx, id) && !isNumber(t);
}

/** Each token's stem (see stem), worked out once per turn: several rules compare a turn's words by their stems. */
export function tokenStems(ctx: Context, doc: Doc): string[] {
  const memo = turnMemo(ctx, doc);
  return (memo.stems ??= doc.tok.map(stem));
}

/** Each token's stem when it is a content word, else '' (for rules that need both the words and where they are). */
export function contentStems(ctx: Context, doc: Doc): string[] {
  const stems = tokenStems(ctx, doc);
  const ids = tokenIds(ctx, doc);
  return doc.tok.map((t, i) => (isContentWord(ctx, t, ids[i] as number) ? (stems[i] as string) : ''));
}

/**
 * Content words (stems of words of 4+ letters that are not stop-words or numbers) of a turn, or of
 * tokens [fromTok, toTok) of it: a whole turn's are memoised; a part's words are made one by one
 * (doc.word), not every token's.
 */
export function contentWords(ctx: Context, doc: Doc, fromTok = 0, toTok = doc.count): ReadonlySet<string> {
  const ids = tokenIds(ctx, doc);
  const out = new Set<string>();
  if (fromTok !== 0 || toTok !== doc.count) {
    for (let i = fromTok; i < toTok; i++) {
      const t = doc.word(i);
      if (isContentWord(ctx, t, ids[i] as number)) out.add(stem(t));
    }
    return out;
  }
  const memo = turnMemo(ctx, doc);
  if (memo.content) return memo.content;
  const stems = tokenStems(ctx, doc);
  const { tok } = doc;
  for (let i = 0; i < tok.length; i++) if (isContentWord(ctx, tok[i] as string, ids[i] as number)) out.add(stems[i] as string);
  memo.content = out;
  return out;
}

/** A crude suffix stripper so "heaters"/"heating"/"heat" compare equal; good enough for overlap. */
export function stem(word: string): string {
  // The last letter picks the one suffix that can apply: most words need no endsWith call at all.
  switch (word.charCodeAt(word.length - 1)) {
    case 103 /* g */:
      return word.length > 5 && word.endsWith('ing') ? word.slice(0, -3) : word;
    case 100 /* d */:
      return word.length > 4 && word.endsWith('ed') ? word.slice(0, -2) : word;
    case 115 /* s */:
      if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
      return word.length > 3 && !word.endsWith('ss') ? word.slice(0, -1) : word;
    default:
      return word;
  }
}

export function makeRule(rule: Rule): Rule {
  return rule;
}

export { makeDoc };
export type { Doc };
