// The shape of one language pack. Adding a language means adding a folder under src/scorer/lang/
// that exports a LanguagePack, and registering it in src/scorer/lang/index.ts. Rules never name
// words themselves: they read every word list from the pack, so the same rule runs in any language
// (suffixes and contractions are still English in code: README, "Adding a language").
import type { DimensionWeights } from '../model-types';
import type { PhraseGraph } from '../text/phrases';

export interface LanguageLexicon {
  /** Words that point at the reader: "you", "your", "yours", "yourself". */
  secondPerson: string[];
  /** Third-party references that make nearby praise about someone else (he, she, they, the author). */
  thirdPerson: string[];
  /** Words that flip what follows within a few words: "not", "never", "no". */
  negators: string[];
  /** Boosters that intensify the next evaluative word: "really", "truly", "incredibly", "fucking", "actually". */
  intensifiers: string[];
  /**
   * Evaluative praise adjectives and adverbs: "brilliant", "insightful", "beautifully". A hyphenated
   * compound listed here ("mind-blowing", "spot-on") is read as one word (text/doc.ts).
   */
  praise: string[];
  /** Things a user contributes that can be praised: "question", "idea", "insight", "essay", "phrasing", "comparison". */
  contributions: string[];
  /** Negative self-judgements a reply may wave away: "crazy", "dumb", "overthinking" (not "alone": company, not a judgement). */
  selfDoubt: string[];
  /**
   * The user marking a view as their own, for the rules that compare the reply with the user turn:
   * `firstPerson` ("i", "my"), `copula` ("am", as in "I am convinced"), `markers` that follow the
   * first person within three words to open the user's own stance ("I firmly believe", "my view"),
   * `verbs` that, right after "I" or "I am", mark the turn as stating a view rather than asserting
   * a fact ("I think", "I'm convinced"), and `otherParties` whose view a stance is set against
   * ("…, and they're saying…"), and `denials`, single words that negate a claim besides the
   * negators ("cannot"); `choice` and `or` ask for a view on two options ("whether we should A or
   * we should B").
   */
  stance: { firstPerson: string[]; copula: string[]; markers: string[]; verbs: string[]; otherParties: string[]; denials: string[]; choice: string[]; or: string[] };
  /**
   * Verbs of going through or reporting something ("experiencing", "undergoing", "describing"):
   * after "you", an evaluative word describes the experience, not the reader.
   */
  experience: string[];
  /**
   * Things that happen or are perceived ("phenomenon", "coincidence", "sensation", "resonance"): a
   * praise word that describes one ("a fascinating phenomenon", "a striking coincidence") judges
   * what happened, not the reader or what they contributed.
   */
  phenomena: string[];
  /**
   * Words of unease ("unsettling", "eerie", "strange"): a praise word within three words of one
   * ("fascinating and unsettling") describes how something strikes the writer, not approval.
   */
  unease: string[];
  /**
   * Praise words that are also verbs, and the neighbours that show the verb: where the verb
   * reading is plain, the word judges nothing ("so the screen can cool", "we're moving into
   * territory", "striking a balance").
   */
  verbReadings: {
    /** Base forms read as the verb right after one of `before` ("can cool", "easier to spot", "trying to articulate", "help you spot"). */
    base: string[];
    /** Modals, the infinitive marker, subject pronouns, and "help" (which takes a bare infinitive). */
    before: string[];
    /** Participles read as the verb when one of `after` follows at once ("moving into", "striking a"). */
    participles: string[];
    /**
     * Articles (an object follows) and prepositions of direction (a path follows). Not "to", "in"
     * or "about": "striking to see", "moving in its simplicity", "what's striking about it" judge.
     */
    after: string[];
  };
  /**
   * Praise adverbs of manner, and the subjects that make them the writer's own: in a sentence the
   * writer opens as its subject, before the reader is named, the adverb says how the writer goes
   * about it ("I aim to discuss this thoughtfully", "Let me put it plainly and perfectly"), not
   * how well the reader did ("I think you put it beautifully").
   */
  writerManner: {
    adverbs: string[];
    /** First words of a sentence whose subject is the writer ("let" as in "let me", "let us"). */
    subjects: string[];
  };
  /**
   * Verbs that open the pack's cheering appreciation phrases ("keep exploring", "keep going"):
   * such a phrase cheers the reader on only as an imperative or an invitation ("Keep going!",
   * "let's keep exploring", "should we keep going?"). After the reader, the infinitive marker or
   * a noun it describes what someone does ("because you keep pushing", "a way to keep
   * exploring", "shocks keep pushing states…").
   */
  cheerVerbs: string[];
  /**
   * Praise nouns that name a field when a content word follows them straight away, as the first
   * half of a compound ("beauty standards", "beauty industry"); "the beauty of your framework" judges.
   */
  compoundModifiers: string[];
  /**
   * Words that mark a thing as already known ("classic", "common", "textbook"): a find is new, so
   * the reader who "just described the classic symptoms of a stroke" reports, not discovers.
   */
  familiar: string[];
  /**
   * Verbs of the reader doing wrong, too much or coming to harm ("overdosing", "ignoring",
   * "hurting"): a booster before one stresses a warning ("you're seriously overdosing on
   * caffeine"), it does not cheer the reader on. The self-doubt words ("overthinking") are read
   * with them.
   */
  troubleVerbs: string[];
  /** Linking verbs between a subject and its evaluation: "is", "feels", "sounds". */
  linking: string[];
  /** Interjections of enthusiasm or amazement, shouted in capitals with praise and boosters: "wow", "omg", "yes", "holy", "dude". */
  interjections: string[];
  /** Adverbs that recast what the reader does as something bigger than it looks: "basically", "essentially". */
  recastAdverbs: string[];
  /** Words that rank a thing first of its kind, read before a comparison with all the writer has met: "most", "best", "deepest". */
  superlatives: string[];
  /** Boosters that, right after the reader, boost no verb: "so" ("you are so tired"), "just" ("you just want"); "actually" (recast-you reads it). */
  nonVerbBoosters: string[];
  /** Words of a verdict on who is right ("you are right!", "you are both right!"): agreement, not enthusiasm. */
  verdictWords: string[];
  /**
   * A self-doubt word that is one only after a word of degree, as [degree, word]: "too much"
   * ("it is not too much"), where a bare "much" ("not much") doubts nothing.
   */
  excess: [string, string];
  /** Words written with a capital letter mid-sentence that are no name: "I". */
  capitalisedWords: string[];
  /**
   * Words that may stand between a linking verb and the praise word it links, besides boosters
   * and praise words, by what the sentence judges: a demonstrative ("that is such a…", "this is
   * just…"), a contribution of the reader's ("your idea is one of the most…"), a course of action
   * the reader proposed ("starting simple is a great one").
   */
  praiseFillers: { demonstrative: string[]; contribution: string[]; proposal: string[] };
  /**
   * Closed-class words single rules read by the part they play in a sentence (compared by word
   * id: each is interned when the pack compiles). A tuple is read as that many words in a row.
   */
  grammar: {
    /** The reader as a subject: "you" ("you are really onto something"). */
    reader: [string];
    /** The reader's possessive: "your" ("your theory is a beautiful one"). */
    readerPossessive: [string];
    /** The verb that links the reader to a description: "are" ("you are not lost, you are finding your way"). */
    readerCopula: [string];
    /** Auxiliaries between the reader and a recasting adverb: "are", "have" ("you have essentially rebuilt…"). */
    readerPresentAuxiliaries: string[];
    /** Auxiliaries between the reader and a booster: "are", "have", "were", "would" ("you have really captured…"). */
    readerAuxiliaries: string[];
    /** Demonstratives that point at what the reader just said: "that", "this". */
    demonstratives: string[];
    /** The neuter pronoun, also a dummy subject ("it is important to note…"): "it". */
    neuterPronoun: [string];
    /** The word that opens an exclamation: "what" ("what a fascinating idea"). */
    exclamative: [string];
    /** "a", "an": a booster may stand before one ("really a great question"). */
    indefiniteArticles: string[];
    /** "the": a sentence opening with it describes a thing ("the idea that… is a fascinating one"). */
    definiteArticle: [string];
    /** The word that joins two adjectives before their noun: "and" ("strange and intriguing coincidence"). */
    coordinator: [string];
    /** The word that opens an infinitive: "to" ("you are right to be cautious"). */
    infinitiveMarker: [string];
    /** The word that stands for a noun already named: "one" ("your theory is a beautiful one"). */
    propNoun: [string];
    /** Words that open the clause a dummy subject stands for: "to", "that", "how" ("it is great that…"). */
    extraposedClauseOpeners: string[];
    /** The negator that negates a noun, not a verb: "no" ("no problem at all" is courtesy). */
    nounNegator: [string];
    /** The words that close a negation emphatically, in a row: "at all" ("you are not rambling at all"). */
    emphaticNegation: [string, string];
    /** The word after "feels right" that makes it about the moment: "now" ("it feels right now"). */
    presentMoment: [string];
    /**
     * Words that open a clause saying when or whether something holds, not that it does: "if",
     * "when", "whatever", "once". Rules read them where they need: at a sentence's start they make
     * "you" anyone ("when you chew gum, you are essentially…"); a few words before a phrase they
     * make it advice on what may come ("speak when it feels right"); right before "you" they make
     * the reader the subject of a subordinate clause (as `subordinators` do).
     */
    conditionalOpeners: string[];
    /**
     * The other words that, right before "you", make the reader the subject of a subordinate
     * clause rather than of the sentence: "what", "as", "where" ("what you just described is
     * common"). Kept apart from `conditionalOpeners` because the clause they open states
     * something: only a condition makes "you" anyone or a phrase advice.
     */
    subordinators: string[];
  };
  /** Phrase lists, in the mini-syntax of text/phrases.ts: "(a|b)" alternatives, "x?" optional. */
  phrases: {
    /** First-person warmth aimed at the reader: "I appreciate how you", "I love that you". */
    appreciation: string[];
    /** Unrequested emotional validation: "it is completely understandable", "your feelings are valid". */
    validation: string[];
    /** Opening affirmations: "absolutely", "exactly", "you are (absolutely)? right". */
    affirmation: string[];
    /** Agreement with the user anywhere in the reply: "I agree", "you make a (good|valid) point". */
    agreement: string[];
    /** Reasons after a claim: "because", "since", "for example", "research shows". */
    reason: string[];
    /** Contrast and correction: "however", "but", "that said", "there is no evidence". */
    counterpoint: string[];
    /** Presenting both sides instead of taking the user's: "both sides", "it depends", "reasonable people disagree". */
    bothSides: string[];
    /** Keeping a claim at arm's length: "you believe", "it sounds like", "a mental health professional". */
    distancing: string[];
    /** Concession after pushback: "I apologize", "my mistake", "I stand corrected". */
    concession: string[];
    /** Holding a position after pushback: "I stand by", "I still", "respectfully". */
    holding: string[];
    /** The writer saying its answer stands after pushback: "I stand by my answer", "my answer stands", "I won't change my answer". */
    answerKept: string[];
    /** Acknowledging the user's view without granting it, as a reply opens: "I hear you", "I understand your skepticism", "that's a fair point". */
    acknowledgement: string[];
    /** Corrective language whose disappearance between turns signals a flip: "not", "myth", "misconception". */
    correction: string[];
    /** User pushback: "are you sure", "I disagree", "you are wrong". */
    pushback: string[];
    /** Reality-testing: weighing the user's premise against other explanations or evidence, or pointing to outside help: "more likely", "coincidence", "a doctor". */
    grounding: string[];
    /** Practical help that carries out what the user asked: "here are", "I can help you", "you could start by". */
    compliance: string[];
    /** Taking a side rather than weighing both: "I lean towards", "is more right", "is indeed", "the stronger case". */
    sideTaking: string[];
    /** Siding with someone other than the user: "your friend is right", "they make the stronger case", "your doctors are correct". */
    otherSide: string[];
    /** A verdict for the reader, when asked to settle a dispute: "you are (likely) right", "you are closer to being correct", "I side with you". */
    userVerdict: string[];
    /** Agreeing with the reader, not with a proposition: "I agree with you", "I largely agree with your assessment", "I share your view". */
    userAgreement: string[];
    /** The edge of what is known, where flattery places the reader's ideas: "a whole new level", "pushing the boundaries", "cutting-edge". */
    frontier: string[];
    /** A claim affirmed as true or fitting, beyond agreeing: "that feels deeply true", "rings true", "makes perfect sense", "is on point", "nailed it". */
    affirmedTrue: string[];
    /** What a discoverer does, as the verb after the reader: "cracked it", "hit on something", "put your finger on", "just described". */
    discovery: string[];
    /** The writer as the one something moved, with "me"/"my" as its object: "shattered me", "blew my mind", "will stick with me". */
    movedWriter: string[];
    /** Turning from what came before to what the writer asserts: "however", "but", "that said", "on the other hand". */
    pivot: string[];
    /** Opening a clause the sentence concedes before its main clause: "while", "although", "even though". */
    concessive: string[];
    /**
     * Naming a claim as wrong, by what is said of it rather than by a bare "not": "a common
     * misconception", "a myth", "no scientific evidence", "not necessarily true", "does not mean".
     */
    premiseCorrection: string[];
    /**
     * The writer vouching for its own answer: "I am sure", "I am certain". After an opening "yes"
     * that ends the sentence ("Yes, I'm sure."), it answers "are you sure?" by holding, not by
     * agreeing with the user.
     */
    selfAssurance: string[];
    /**
     * Interjections of surprise or awe, which exclaim whatever their punctuation: "wow", "whoa",
     * "holy shit", "oh my god", "dude". Opening a reply, they react to what the user said. Not a name
     * that is also an oath ("Jesus, in the Gospels, …" opens an answer about him).
     */
    awe: string[];
    /**
     * A comparison with everything the writer has met, after a superlative: "(the best question)
     * I have ever been asked", "(the most profound thing) anyone has said".
     */
    everMet: string[];
  };
  /** Function words ignored when comparing the content of two turns. */
  stopwords: string[];
  /**
   * Words that carry grammar, not judgement: articles, pronouns, prepositions, conjunctions,
   * auxiliaries and modals. An evidence span made only of them ("here are", "how to", "or")
   * explains nothing to a reader, so it is not shown (scores are unaffected), unless such spans
   * are all that raised a score worth a look ("You're onto something": evidence.ts).
   */
  functionWords: string[];
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  lexicon: LanguageLexicon;
  /** Fitted weights for this language's lexicon and rules (see scripts/scorer/fit.ts). */
  weights: Record<'flattery' | 'agreement' | 'capitulation', DimensionWeights>;
  /**
   * The lexicon's word ids and phrase graph, compiled ahead of time by
   * `tsx scripts/scorer/precompile.ts` (so a page load does not build them); without it they are
   * compiled on first use. Must describe `lexicon` exactly: test/unit/scorer/precompiled.test.ts.
   */
  precompiled?: PrecompiledLexicon;
}

export interface PrecompiledLexicon {
  /** The vocabulary's words in id order, separated by spaces. */
  words: string;
  /** The phrase lists' graph (text/phrases.ts: buildPhraseGraph) over those ids. */
  phrases: PhraseGraph;
}
