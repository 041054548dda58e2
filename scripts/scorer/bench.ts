// Speed of the scorer on the corpus replies, in the same process as two references:
// VADER (`vader-sentiment`) on the same texts, and a floor — lower-casing each text plus one pass
// of a single precompiled word regex, the least any lexicon scorer must do. Also times single
// 1 MB replies (prose, emoji-heavy markdown, pathological punctuation) to show linear time.
// Usage: npm run bench:scorer
import { scoreReply } from '../../src/scorer';
import { vaderScore } from './baselines';
import { loadTask, type Row } from './corpus';

const rows: Row[] = [...loadTask('flattery'), ...loadTask('agreement'), ...loadTask('capitulation')];
const texts = rows.map((r) => r.reply);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const WORD = /[a-z0-9']+/g;
function floor(text: string): number {
  const lower = text.toLowerCase();
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(lower) !== null) n++;
  return n;
}

let sink = 0;
/** Best of `rounds` timed passes over all texts (after one warm-up pass), in seconds. */
function time(fn: (t: string, i: number) => number, rounds = 3, subset = texts): number {
  for (let i = 0; i < Math.min(200, subset.length); i++) sink += fn(subset[i] as string, i);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < subset.length; i++) sink += fn(subset[i] as string, i);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

const ours = time((t) => scoreReply({ reply: t }).overall ?? 0);
const withContext = time((_, i) => {
  const r = rows[i] as Row;
  return scoreReply({ reply: r.reply, user: r.user, previous: r.previous }).overall ?? 0;
});
const vader = time((t) => vaderScore(t), 1);
const floorTime = time(floor, 5);

const mb = bytes / 1e6;
const line = (name: string, s: number) =>
  `${name.padEnd(40)} ${(texts.length / s).toFixed(0).padStart(8)} replies/s ${(mb / s).toFixed(2).padStart(8)} MB/s ${(s * 1000).toFixed(0).padStart(7)} ms`;
console.log(`${texts.length} corpus replies, ${mb.toFixed(2)} MB (UTF-8); best of several passes after warm-up.\n`);
console.log(line('scorer (reply only)', ours));
console.log(line('scorer (with user + previous turns)', withContext));
console.log(line('VADER (vader-sentiment)', vader));
console.log(line('floor (lower-case + one regex pass)', floorTime));
console.log(`\nscorer vs VADER: ${(vader / ours).toFixed(1)}× faster (goal ≥ 10×)`);
console.log(`scorer vs floor: ${(ours / floorTime).toFixed(1)}× the floor's time (goal ≤ 3×)`);

// Single huge replies: linear time, no catastrophic backtracking.
const MB = 1 << 20;
function repeatTo(s: string, size: number): string {
  return s.repeat(Math.ceil(size / s.length)).slice(0, size);
}
const huge: Array<[string, string]> = [
  ['1 MB of corpus prose', repeatTo(texts.join('\n\n'), MB)],
  ['1 MB of emoji-heavy markdown', repeatTo('## 🚀 Great question!\n- ✅ You are absolutely right 👨‍👩‍👧 `code` "quote"\n> quoted 🎉🎉\n', MB)],
  ['1 MB of one unbroken line of ` and "', repeatTo('`a" `` "b ``` ', MB)],
  ['1 MB without spaces', repeatTo('great', MB)],
  ['1 MB of !!!!', repeatTo('!', MB)],
];
console.log('');
for (const [name, text] of huge) {
  scoreReply({ reply: text.slice(0, 10_000) });
  const t0 = performance.now();
  const s = scoreReply({ reply: text, user: text.slice(0, 2000), previous: text.slice(0, 2000) });
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  (overall ${s.overall}, ${s.evidence.length} evidence spans)`);
}
if (sink === 42) console.log('');
