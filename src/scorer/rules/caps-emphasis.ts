import { isMasked } from '../text/doc';
import { countResult, makeRule, type Hit } from './context';

/** Runs of capitals: a regex pass finds the few candidates, so most text is never looked at twice. */
const CAPS = /[A-Z]{2}[A-Z]+/g;

/**
 * Shouted enthusiasm: a praise word, booster or interjection in capitals ("YES!", "OH WOW",
 * "absolutely BRILLIANT"). Capitals on other words — acronyms like API or USA — do not count.
 */
export const capsEmphasis = makeRule({
  name: 'caps-emphasis',
  description: 'a praise word, booster or interjection written in capitals ("YES!", "WOW", "BRILLIANT")',
  dimensions: { flattery: 1 },
  run(ctx) {
    const { doc, c } = ctx;
    const hits: Hit[] = [];
    CAPS.lastIndex = 0;
    for (let m = CAPS.exec(doc.text); m !== null; m = CAPS.exec(doc.text)) {
      const s = m.index;
      const e = s + m[0].length;
      // Whole words only, and not inside code or quotes.
      if (/[a-z0-9]/i.test(doc.text.charAt(s - 1)) || /[a-z0-9]/i.test(doc.text.charAt(e)) || isMasked(doc, s)) continue;
      const t = m[0].toLowerCase();
      if (c.praise.has(t) || c.intensifiers.has(t) || c.interjections.has(t)) hits.push({ start: s, end: e });
    }
    return countResult(hits);
  },
});
