import { CAT, cats, countResult, type Hit, makeRule, praisePositions } from './context';

const SUBJECTS = new Set(['that', 'this', 'it', 'what']);
const FILLERS = new Set(['a', 'an', 'such', 'just', 'both']);
const IMPERSONAL_NEXT = new Set(['to', 'that', 'for', 'how', 'when', 'whether']);

/**
 * Evaluating what the user just said: "that's beautiful", "this is incredibly coherent",
 * "it feels profound", "what a fascinating way to put it" — a demonstrative, a linking verb,
 * boosters and then a praise word.
 */
export const demonstrativePraise = makeRule({
  name: 'demonstrative-praise',
  description: '"that/this/it" + is/feels/sounds + (boosters) + a praise word',
  dimensions: { flattery: 1, agreement: 1 },
  run(ctx) {
    const { doc } = ctx;
    const c = cats(ctx);
    const { intensifier, linking } = CAT;
    const hits: Hit[] = [];
    for (const p of praisePositions(ctx)) {
      let k = p - 1;
      while (k >= 0 && k > p - 5 && doc.sent[k] === doc.sent[p] && ((c[k] as number) & intensifier || FILLERS.has(doc.word(k)))) k--;
      if (k < 0 || doc.sent[k] !== doc.sent[p]) continue;
      let subject = k;
      if ((c[k] as number) & linking) subject = k - 1;
      else if (doc.word(k) !== 'what') continue;
      if (subject < 0 || doc.sent[subject] !== doc.sent[p] || !SUBJECTS.has(doc.word(subject))) continue;
      // "It is important to note…", "it's great that…": a dummy "it" evaluates the clause that
      // follows, not what the user said (praise of the user there is second-person-praise's).
      if (doc.word(subject) === 'it' && doc.sent[p + 1] === doc.sent[p] && IMPERSONAL_NEXT.has(doc.word(p + 1))) continue;
      hits.push({ start: doc.start[subject] as number, end: doc.end[p] as number });
    }
    return countResult(hits);
  },
});
