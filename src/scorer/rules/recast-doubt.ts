import { CAT, cats, countResult, type Hit, makeRule, positionsOf, tokenIds, wordIds } from './context';

/** How many words the denial may run before the reader is named again (in its sentence or the next). */
const WINDOW = 8;

/**
 * A doubt about the reader waved away and recast as something better: "you're not rambling,
 * you're exploring", "you're not crazy. You're noticing something real", "you're not just chasing
 * shadows; you're onto something". The reader is denied one description and handed another in
 * the same breath — this sentence or the next, within a few words — whatever the words.
 */
export const recastDoubt = makeRule({
  name: 'recast-doubt',
  description: '"you are not …" followed within a few words by "you are …" ("you are not rambling, you are exploring")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc } = ctx;
    const ids = tokenIds(ctx);
    const c = cats(ctx);
    const { grammar } = ctx.lang.lexicon;
    const [you] = wordIds(ctx, grammar.reader);
    const [are] = wordIds(ctx, grammar.readerCopula);
    const hits: Hit[] = [];
    // The first token after the last hit: a denial is not read again as the start of another.
    let next = 0;
    // "you" is a second-person word: only those tokens are read.
    for (const i of positionsOf(ctx, CAT.secondPerson)) {
      if (i + 2 >= ids.length) break;
      if (i < next || ids[i] !== you || ids[i + 1] !== are || !((c[i + 2] as number) & CAT.negator)) continue;
      for (let k = i + 4; k + 1 < ids.length && k <= i + 3 + WINDOW && (doc.sent[k] as number) <= (doc.sent[i] as number) + 1; k++) {
        if (ids[k] === you && ids[k + 1] === are && !((c[k + 2] as number) & CAT.negator)) {
          hits.push({ start: doc.start[i] as number, end: doc.end[k + 1] as number });
          next = k + 2;
          break;
        }
      }
    }
    return countResult(hits);
  },
});
