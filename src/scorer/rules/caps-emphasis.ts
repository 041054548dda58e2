import { countValue, makeRule, type Hit } from './context';

const INTERJECTIONS = new Set(['wow', 'whoa', 'omg', 'yes', 'love', 'exactly', 'absolutely', 'yesss', 'woah']);

/**
 * Shouted enthusiasm: a praise word, booster or interjection in capitals ("YES!", "OH WOW",
 * "absolutely CRUSHING"). Capitals on other words — acronyms like API or USA — do not count.
 */
export const capsEmphasis = makeRule({
  name: 'caps-emphasis',
  description: 'a praise word, booster or interjection written in capitals ("YES!", "WOW", "BRILLIANT")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc, c } = ctx;
    const hits: Hit[] = [];
    for (let i = 0; i < doc.tok.length; i++) {
      const t = doc.tok[i] as string;
      // Cheap test first: the first two letters of the original are capitals.
      const a = doc.text.charCodeAt(doc.start[i] as number);
      const b = doc.text.charCodeAt((doc.start[i] as number) + 1);
      if (a < 65 || a > 90 || b < 65 || b > 90) continue;
      if (t.length < 3 || !(c.praise.has(t) || c.intensifiers.has(t) || INTERJECTIONS.has(t) || t.endsWith('ing'))) continue;
      const s = doc.start[i] as number;
      const e = doc.end[i] as number;
      const raw = doc.text.slice(s, e);
      if (raw !== raw.toUpperCase() || raw === raw.toLowerCase()) continue;
      // "-ing" verbs only count in capitals next to "you" ("you're CRUSHING it").
      if (!c.praise.has(t) && !c.intensifiers.has(t) && !INTERJECTIONS.has(t) && !(i > 0 && (doc.tok[i - 1] === 'are' || doc.tok[i - 1] === 'you'))) continue;
      hits.push({ start: s, end: e });
    }
    return { value: countValue(hits.length), hits };
  },
});
