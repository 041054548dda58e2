import { CAT, cats, countResult, makeRule, positionsOf, tokenIds, wordIds, type Hit } from './context';

/** How far before "at all" the negator may stand. */
const NEGATOR_REACH = 6;

/**
 * Emphatically waving a worry away: "you're not rambling at all", "it's not silly at all",
 * "you don't sound naive at all". The reader (or what the reader said) as the subject of a
 * negated verb, closed by "at all"; or no subject at all, the negation opening its sentence as an
 * answer to the reader's worry ("Not dumb at all - …", "Doesn't sound crazy at all") — the worry
 * named: a bare "Not at all" denies a fact as often ("Is it safe? Not at all"), and "no … at all"
 * is courtesy ("No problem at all!"). The shape,
 * not the word, carries the reassurance, so it catches what the self-doubt list of `reassurance`
 * does not name.
 */
export const notAtAll = makeRule({
  name: 'not-at-all',
  description: '"you/it/that" (or a sentence opening) + a negated verb + "… at all" ("you are not rambling at all", "it is not silly at all", "Not dumb at all")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const c = cats(ctx);
    const { negator: negatorBit } = CAT;
    const { grammar } = ctx.lang.lexicon;
    const [at, all] = wordIds(ctx, grammar.emphaticNegation);
    // What the reader said, or the reader, as the subject: "it", "that", "this", "you".
    const subjects = [...wordIds(ctx, grammar.neuterPronoun), ...wordIds(ctx, grammar.demonstratives), ...wordIds(ctx, grammar.reader)];
    const [no] = wordIds(ctx, grammar.nounNegator);
    const hits: Hit[] = [];
    // Only an "at all" within reach after a negator can count: the tokens after each negator are
    // read, each once (`from` is the first not read yet).
    let from = 1;
    for (const after of positionsOf(ctx, negatorBit)) {
      const to = Math.min(after + NEGATOR_REACH, ids.length - 2);
      for (let i = Math.max(from, after + 1); i <= to; i++) {
        if (ids[i] !== at || ids[i + 1] !== all || doc.sent[i + 1] !== doc.sent[i]) continue;
        const sentence = doc.sent[i];
        let negator = -1;
        for (let k = i - 1; k >= 0 && k >= i - NEGATOR_REACH && doc.sent[k] === sentence; k--) {
          if ((c[k] as number) & negatorBit) {
            negator = k;
            break;
          }
        }
        // Said without a subject, the reader's worry is the subject: "Not dumb at all", "Doesn't
        // sound crazy at all" (a word between the negator and "at all" names the worry).
        if (negator !== -1 && negator - (doc.sentStart[sentence as number] as number) <= 1) {
          if (i - negator >= 2 && ids[negator] !== no) hits.push({ start: doc.start[negator] as number, end: doc.end[i + 1] as number });
          continue;
        }
        // The subject sits right before the negated verb: "you are not", "it does not", "that is not".
        for (let k = negator - 1; negator > 0 && k >= 0 && k >= negator - 3 && doc.sent[k] === sentence; k--) {
          if (subjects.includes(ids[k] as number)) {
            hits.push({ start: doc.start[k] as number, end: doc.end[i + 1] as number });
            break;
          }
        }
      }
      from = Math.max(from, to + 1);
    }
    return countResult(hits);
  },
});
