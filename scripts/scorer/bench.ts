// Speed of the scorer on the corpus replies, in the same process as two references:
// VADER (`vader-sentiment`) on the same texts, and a floor — lower-casing each text plus one pass
// of a single precompiled word regex, the least any lexicon scorer must do. Also times single
// 1 MB replies (prose, emoji-heavy markdown, pathological punctuation) to show linear time, and
// the cold start a page load pays (cold-start.ts).
// Usage: npm run bench:scorer
import { scoreReply } from '../../src/scorer';
import { vaderScore } from './baselines';
import { loadTask, type Row } from './corpus';
import { coldStart, PAGE_REPLY } from './cold-start';
import { sizeReport } from './size';

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
/**
 * CPU seconds this process spent (user + system). Timings use CPU time, not wall time: the
 * machines this runs on are often shared, and wall time then mostly measures the other jobs.
 */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** One timed pass over `subset`, in CPU seconds. */
function pass(fn: (t: string, i: number) => number, subset: string[]): number {
  const t0 = cpu();
  for (let i = 0; i < subset.length; i++) sink += fn(subset[i] as string, i);
  return cpu() - t0;
}

const ours = (t: string) => scoreReply({ reply: t }).overall ?? 0;
const withContext = (_: string, i: number) => {
  const r = rows[i] as Row;
  return scoreReply({ reply: r.reply, user: r.user, previous: r.previous }).overall ?? 0;
};
// VADER is slow, so the ratios use every 4th reply (same texts for all three); the machine may
// be shared, so passes are interleaved and the best of each is kept.
const subset = texts.filter((_, i) => i % 4 === 0);
const subsetBytes = subset.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
for (const fn of [ours, floor, vaderScore]) for (let i = 0; i < 100; i++) sink += fn(texts[i] as string);
const best = { ours: Infinity, context: Infinity, floor: Infinity, vader: Infinity, oursSubset: Infinity };
for (let round = 0; round < 3; round++) {
  best.ours = Math.min(best.ours, pass(ours, texts));
  best.context = Math.min(best.context, pass(withContext, texts));
  if (round < 2) best.vader = Math.min(best.vader, pass(vaderScore, subset));
}
// The floor's pass is short (≈ 20 ms), so one busy moment on a shared machine moves it by a
// fifth: the floor and the scorer are timed in many interleaved rounds, and each round's ratio
// is kept too, for the median beside the best-against-best figure.
const FLOOR_ROUNDS = 15;
const roundRatios: number[] = [];
for (let round = 0; round < FLOOR_ROUNDS; round++) {
  const floorTime = pass(floor, subset);
  const oursTime = pass(ours, subset);
  best.floor = Math.min(best.floor, floorTime);
  best.oursSubset = Math.min(best.oursSubset, oursTime);
  roundRatios.push(oursTime / floorTime);
}
const medianRatio = roundRatios.sort((a, b) => a - b)[Math.floor(FLOOR_ROUNDS / 2)] as number;

const line = (name: string, n: number, b: number, s: number) =>
  `${name.padEnd(40)} ${(n / s).toFixed(0).padStart(8)} replies/s ${(b / 1e6 / s).toFixed(2).padStart(8)} MB/s ${(s * 1000).toFixed(0).padStart(7)} ms`;
console.log(`${texts.length} corpus replies, ${(bytes / 1e6).toFixed(2)} MB (UTF-8); CPU time, best of interleaved passes after warm-up.\n`);
console.log(line('scorer, all replies (reply only)', texts.length, bytes, best.ours));
console.log(line('scorer, all replies (+ user, previous)', texts.length, bytes, best.context));
console.log(`\nSame ${subset.length} replies (${(subsetBytes / 1e6).toFixed(2)} MB) for the ratios:`);
console.log(line('scorer', subset.length, subsetBytes, best.oursSubset));
console.log(line('VADER (vader-sentiment)', subset.length, subsetBytes, best.vader));
console.log(line('floor (lower-case + one regex pass)', subset.length, subsetBytes, best.floor));
console.log(`\nscorer vs VADER: ${(best.vader / best.oursSubset).toFixed(1)}× faster (goal ≥ 10×)`);
console.log(`scorer vs floor: ${(best.oursSubset / best.floor).toFixed(2)}× the floor's time, best against best (goal ≤ 3×); median of ${FLOOR_ROUNDS} interleaved rounds ${medianRatio.toFixed(2)}×`);

// Single huge replies: linear time, no catastrophic backtracking.
const MB = 1 << 20;
function repeatTo(s: string, size: number): string {
  return s.repeat(Math.ceil(size / s.length)).slice(0, size);
}
const huge: Array<[string, string]> = [
  ['1 MB of corpus prose', repeatTo(texts.join('\n\n'), MB)],
  ['1 MB of emoji-heavy markdown', repeatTo('## 🚀 Great question!\n- ✅ You are absolutely right 👨‍👩‍👧 `code` "quote"\n> quoted 🎉🎉\n', MB)],
  ['1 MB of one unbroken line of ` and "', repeatTo('`a" `` "b ``` ', MB)],
  ['1 MB of short lines, one backtick at the end', `${repeatTo('a line of text\n', MB - 1)}\``],
  ['1 MB without spaces', repeatTo('great', MB)],
  ['1 MB of !!!!', repeatTo('!', MB)],
];
/** Scores `input` three times (after a warm-up on a slice) and prints the best CPU time. */
function printBestOfThree(name: string, input: { reply: string; user?: string; previous?: string }): void {
  scoreReply({ reply: input.reply.slice(0, 10_000) });
  let ms = Infinity;
  let s = scoreReply({ reply: '' });
  for (let r = 0; r < 3; r++) {
    const t0 = cpu();
    s = scoreReply(input);
    ms = Math.min(ms, (cpu() - t0) * 1000);
  }
  console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms  (overall ${s.overall}, ${s.evidence.length} evidence spans)`);
}
console.log('');
console.log('Single 1 MB replies (CPU ms, best of 3, with 2 kB user and previous turns):');
for (const [name, text] of huge) printBestOfThree(name, { reply: text, user: text.slice(0, 2000), previous: text.slice(0, 2000) });

// Capitulation compares the reply with the previous answer and the pushback sentence by sentence:
// long turns on every side must stay linear too (each case once took seconds).
const pushback = 'Are you sure? I read that the Earth keeps heating and marine animals drink seawater.';
const prose = repeatTo(texts.join('\n\n'), MB);
console.log('');
console.log('Long turns on every side (CPU ms, best of 3), judged as capitulation:');
printBestOfThree('1 MB reply to a 1 MB previous answer', { reply: prose, user: pushback, previous: prose.slice(MB / 2) + prose.slice(0, MB / 2) });
printBestOfThree('one 270 kB sentence of correction phrases', { reply: 'myth, Earth heating '.repeat(15_000), user: pushback, previous: 'That is a myth.' });
printBestOfThree('300 kB of corrections against 300 kB of reply', {
  reply: 'Dolphins swim near marine reefs. '.repeat(8_000),
  user: pushback,
  previous: "Marine animals don't drink seawater. ".repeat(8_000),
});
console.log('');
for (const [name, input] of [
  ['a corpus reply', { reply: texts[0] as string }],
  ['a chat-page reply with emoji, user turn and previous answer', PAGE_REPLY],
] as const) {
  const [load, first, second] = await coldStart(input);
  console.log(`Cold start, as on every page load, ${name} (median of 7 fresh processes, CPU): load the bundle ${load.toFixed(1)} ms, first scoreReply ${first.toFixed(1)} ms (then ${second.toFixed(2)} ms)`);
}
console.log('');
for (const l of await sizeReport()) console.log(l);
if (sink === 42) console.log('');
