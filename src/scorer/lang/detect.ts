// Language detection without a dependency: the script of the letters first (Cyrillic, Han, Arabic…),
// then, for Latin-script text, which language's most frequent function words the text uses. Function
// words are the most reliable short-text cue for Latin-script languages and cost ~2 KB here, against
// tens of kilobytes for an n-gram model. It only has to answer "is this English?", and name the rest.
import { newInt32Array } from '../text/slab';

const PROFILES: Record<string, string> = {
  en: 'the and is of to that it you this with for are be have not your what can on was but they there which would',
  es: 'el la los las de que y es en un una por para con se lo su como más pero muy del al está son también esto',
  fr: 'le la les de des et est un une que qui pour dans pas ne vous je il sur avec ce au du mais sont cette très',
  de: 'der die das und ist nicht ein eine zu den mit von sie ich es auf für sich dem auch wir sind aber oder wie',
  it: 'il la di che è un una per non sono del della con si lo gli le ma come questo anche più nel alla essere',
  pt: 'o os as de que é um uma para não com do da em no na se por mais você dos das mas como isso também são',
  nl: 'de het een en is van dat niet ik je op te zijn met voor er maar ook wat dit naar als bij om heeft',
  sv: 'och att det som en är på av för med inte jag har till den de om ett men var kan så eller också',
  da: 'og at det er en til på som med for af ikke jeg har den de et men om kan så eller også være',
  no: 'og er det som på en til for med ikke jeg har av den de et men om kan så eller også være å',
  pl: 'i w na nie się to z że do jest co jak o ale po tak czy za od są być jego ten może',
  tr: 've bir bu da de için ile çok ne ama gibi daha olarak var ben sen değil mi olan kadar sonra',
  id: 'yang dan di itu dengan untuk tidak ini dari dalam akan pada juga saya ke karena ada bisa atau',
  cs: 'a je se na v že to s z do jsem ale jak tak by o pro není jsou jako také nebo',
  ro: 'și de la în că nu este pe cu o un să se mai din ce pentru sunt care fi',
  fi: 'ja on ei se että oli kun niin mutta hän kuin myös tai ovat minä sinä tämä joka',
  hu: 'a az és hogy nem is egy meg van de ez csak már mint volt még kell',
};

const CODES = Object.keys(PROFILES);
const EN = CODES.indexOf('en');
/** Function word → bit i set when it is one of language CODES[i]'s. */
const WORDS = new Map<string, number>();
CODES.forEach((code, lang) => {
  for (const w of (PROFILES[code] as string).split(' ')) WORDS.set(w, (WORDS.get(w) ?? 0) | (1 << lang));
});
/** The length of the longest function word: a longer token the vocabulary lacks is none. */
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

/** A cheap mark of a word: its length and first and last letters, to 12 bits. */
function sketch(word: string): number {
  return sketchOf(word.length, word.charCodeAt(0) | (word.charCodeAt(word.length - 1) << 16));
}

/** sketch of a word of `length` whose first and last characters are `edges` (see Tokens.wordEdges). */
function sketchOf(length: number, edges: number): number {
  return (length * 977 + (edges & 0xffff) * 31 + (edges >>> 16)) & 4095;
}

/**
 * Bit `sketch(w)` set for every function word: a token the vocabulary lacks whose bit is clear is
 * none, without hashing its string for a `WORDS` lookup (most unknown tokens).
 */
const SKETCHES = new Int32Array(128);
for (const w of WORDS.keys()) {
  const mark = sketch(w);
  SKETCHES[mark >>> 5] = (SKETCHES[mark >>> 5] as number) | (1 << (mark & 31));
}

/**
 * Tokens as word ids (0: a word the vocabulary lacks), with each id's function-word bits: the
 * detector reads a known token's bits from an array and looks up only the others that SKETCHES
 * does not rule out. (Giving every language's function words an id instead would spare those
 * lookups too, but cost each service-worker start ≈ 1.3 ms: a bigger vocabulary and word index.)
 */
export interface TokenWordIds {
  ids: Int32Array;
  /** Word id → bit i set when it is one of language CODES[i]'s function words (functionWordBitsById). */
  bitsById: Int32Array;
}

/** The function-word bits of every word id of a vocabulary (`idOf`: its word → id, 0 if absent), for TokenWordIds. */
export function functionWordBitsById(idOf: (word: string) => number): Int32Array {
  const ids = [...WORDS.keys()].map(idOf);
  const out = new Int32Array(Math.max(0, ...ids) + 1);
  [...WORDS.values()].forEach((bits, k) => (out[ids[k] as number] = bits));
  // Id 0 stands for every word the vocabulary lacks, not for one word: it has no bits of its own.
  out[0] = 0;
  return out;
}

/** The tokens the detector reads: how many, and token i's form (a text/doc.ts Doc makes it only when asked). */
export interface Tokens {
  readonly count: number;
  word(i: number): string;
  /** The length of word(i), which a Doc knows without making the word. */
  wordLength(i: number): number;
  /** The first character of word(i), and its last in the upper 16 bits: the same. */
  wordEdges(i: number): number;
}

/** The Latin-script words of a text alone, as Tokens. */
class WordList implements Tokens {
  constructor(private readonly words: readonly string[]) {}

  get count(): number {
    return this.words.length;
  }

  word(i: number): string {
    return this.words[i] as string;
  }

  wordLength(i: number): number {
    return this.word(i).length;
  }

  wordEdges(i: number): number {
    const word = this.word(i);
    return word.charCodeAt(0) | (word.charCodeAt(word.length - 1) << 16);
  }
}

const SAMPLE = 2000;
const NON_LATIN = /[\u0370-\u1fff\u3040-\ud7af]/;
const LATIN_WORD = /[a-z\u00df-\u024f]+/g;

/**
 * ISO 639-1 code of the text's language, or "und" when there is too little text to tell.
 * Looks at the first 2,000 characters (or the first 400 tokens, when the caller has them) only,
 * so it costs the same for a 1 MB reply. `firstNonLatin` (the offset of the first letter of a
 * non-Latin script, -1 for none; text/doc.ts records it while tokenising) spares a scan for them.
 * `wordIds` (the tokens' ids, which text/doc.ts looks up while tokenising) spares looking the tokens up.
 * Given `tokens` and `firstNonLatin`, `prose` is read only when a non-Latin letter was seen.
 */
export function detectLanguage(prose: string, tokens?: Tokens, firstNonLatin?: number, wordIds?: TokenWordIds): string {
  const sample = prose.length > SAMPLE ? prose.slice(0, SAMPLE) : prose;
  const words = tokens ?? new WordList(sample.match(LATIN_WORD) ?? []);
  const limit = Math.min(words.count, 400);
  let latin = 0;
  for (let i = 0; i < limit && latin < 6; i++) latin += words.wordLength(i);
  if (firstNonLatin === undefined ? NON_LATIN.test(sample) : firstNonLatin !== -1 && firstNonLatin < SAMPLE) {
    const scripts = countScripts(sample);
    let best = 'latin';
    let bestCount = scripts.latin ?? 0;
    for (const [script, count] of Object.entries(scripts)) {
      if (count > bestCount) {
        best = script;
        bestCount = count;
      }
    }
    if (best !== 'latin') return bestCount < 6 ? 'und' : scriptLanguage(best, sample, scripts);
  }
  if (latin < 6) return 'und';
  // Per language: function words seen, and the order languages were first seen in (ties go to the
  // earlier one).
  const counts = newInt32Array(CODES.length);
  const order: number[] = [];
  /** How many tokens the loop read. */
  let read = limit;
  for (let i = 0; i < limit; i++) {
    // Each language the word belongs to, lowest bit first (PROFILES order).
    for (let bits = languageBits(words, i, wordIds); bits !== 0; bits &= bits - 1) {
      const lang = 31 - Math.clz32(bits & -bits);
      if (counts[lang] === 0) order.push(lang);
      counts[lang] = (counts[lang] as number) + 1;
    }
    // Clear English after 60 words: stop early (most replies).
    if (i === 60 && clearlyEnglish(counts)) {
      read = i + 1;
      break;
    }
  }
  const en = counts[EN] as number;
  let top = EN;
  let topCount = en;
  for (const lang of order) {
    if ((counts[lang] as number) > topCount) {
      top = lang;
      topCount = counts[lang] as number;
    }
  }
  if (topCount === 0) return 'und';
  // One function word repeated ("a a a") is not a language: ask for three different ones.
  if (top !== EN && distinctWords(words, read, top, wordIds) < 3) return en > 0 ? 'en' : 'und';
  // Short texts: only call it non-English when the evidence is clear.
  if (top !== EN && (topCount < 2 || topCount < en * 1.5)) return limit < 4 ? 'und' : 'en';
  return CODES[top] as string;
}

/** The function-word bits of token `i`. */
function languageBits(words: Tokens, i: number, wordIds: TokenWordIds | undefined): number {
  return wordIds ? bitsOf(wordIds, i, words) : (WORDS.get(words.word(i)) ?? 0);
}

/**
 * How many different function words of language `lang` (up to three) the first `read` tokens
 * hold. Asked only when a language other than English leads, so it is not kept per token.
 */
function distinctWords(words: Tokens, read: number, lang: number, wordIds: TokenWordIds | undefined): number {
  const seen: string[] = [];
  for (let i = 0; i < read && seen.length < 3; i++) {
    const w = words.word(i);
    if (((languageBits(words, i, wordIds) >>> lang) & 1) === 1 && !seen.includes(w)) seen.push(w);
  }
  return seen.length;
}

function bitsOf({ ids, bitsById }: TokenWordIds, i: number, words: Tokens): number {
  const id = ids[i] as number;
  if (id === 0) {
    const length = words.wordLength(i);
    if (length > LONGEST_WORD) return 0;
    const mark = sketchOf(length, words.wordEdges(i));
    return (((SKETCHES[mark >>> 5] as number) >>> (mark & 31)) & 1) === 0 ? 0 : (WORDS.get(words.word(i)) ?? 0);
  }
  return id < bitsById.length ? (bitsById[id] as number) : 0;
}

/** At least 12 English function words, and no other language with more than a third as many. */
function clearlyEnglish(counts: Int32Array): boolean {
  const en = counts[EN] as number;
  if (en < 12) return false;
  for (let lang = 0; lang < counts.length; lang++) {
    const n = counts[lang] as number;
    if (n > en / 3 && n !== en) return false;
  }
  return true;
}

function countScripts(s: string): Record<string, number> {
  const c: Record<string, number> = { latin: 0, cyrillic: 0, greek: 0, arabic: 0, hebrew: 0, devanagari: 0, thai: 0, hangul: 0, kana: 0, han: 0 };
  for (let i = 0; i < s.length; i++) {
    const x = s.charCodeAt(i);
    if (x < 0x80) {
      if (x >= 97 && x <= 122) c.latin!++;
    } else if (x >= 0xc0 && x <= 0x24f) c.latin!++;
    else if (x >= 0x400 && x <= 0x4ff) c.cyrillic!++;
    else if (x >= 0x370 && x <= 0x3ff) c.greek!++;
    else if (x >= 0x600 && x <= 0x6ff) c.arabic!++;
    else if (x >= 0x590 && x <= 0x5ff) c.hebrew!++;
    else if (x >= 0x900 && x <= 0x97f) c.devanagari!++;
    else if (x >= 0xe00 && x <= 0xe7f) c.thai!++;
    else if ((x >= 0xac00 && x <= 0xd7af) || (x >= 0x1100 && x <= 0x11ff)) c.hangul!++;
    else if (x >= 0x3040 && x <= 0x30ff) c.kana!++;
    // CJK ideographs carry a word's worth of meaning each: weigh them like three letters.
    else if (x >= 0x4e00 && x <= 0x9fff) c.han! += 3;
  }
  return c;
}

function scriptLanguage(script: string, sample: string, counts: Record<string, number>): string {
  switch (script) {
    case 'cyrillic':
      return /[іїєґ]/.test(sample) ? 'uk' : /[ўі]/.test(sample) ? 'be' : 'ru';
    case 'arabic':
      return /[پچژگ]/.test(sample) ? 'fa' : 'ar';
    case 'han':
      return (counts.kana ?? 0) > 0 ? 'ja' : 'zh';
    case 'kana':
      return 'ja';
    default:
      return { greek: 'el', hebrew: 'he', devanagari: 'hi', thai: 'th', hangul: 'ko' }[script] ?? 'und';
  }
}
