// Cold start: what the content script pays on every page load before its first score — parsing
// and running the scorer bundle (the same minified IIFE size.ts measures), then the first
// scoreReply call, each in a fresh Node process (nothing compiled or cached yet).
// Used by bench.ts; run alone with `tsx scripts/scorer/cold-start.ts`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplyInput } from '../../src/scorer';
import { bundle } from './size';

const CHILD = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const code = readFileSync(process.argv[1], 'utf8');
const input = JSON.parse(process.argv[2]);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = cpu();
const lib = vm.runInThisContext(code + ';scorer');
const t1 = cpu();
lib.scoreReply(input);
const t2 = cpu();
lib.scoreReply(input);
const t3 = cpu();
process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));
`;

/** Median CPU ms over `runs` fresh processes: [load the bundle, first scoreReply, second scoreReply]. */
export async function coldStart(input: ReplyInput, runs = 7): Promise<[number, number, number]> {
  const dir = mkdtempSync(join(tmpdir(), 'scorer-cold-'));
  try {
    const file = join(dir, 'scorer.js');
    writeFileSync(file, await bundle('src/scorer/index.ts'));
    const samples: number[][] = [];
    for (let r = 0; r < runs; r++) samples.push(JSON.parse(execFileSync(process.execPath, ['-e', CHILD, file, JSON.stringify(input)], { encoding: 'utf8' })) as number[]);
    const median = (k: number) => {
      const xs = samples.map((s) => s[k] as number).sort((a, b) => a - b);
      return xs[xs.length >> 1] as number;
    };
    return [median(0), median(1), median(2)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A chat-page reply as the content script scores it: emoji (a ZWJ sequence and one with a variation selector), its user turn and the previous answer. */
export const PAGE_REPLY: ReplyInput = {
  reply: "What a fantastic question! You're absolutely right to think about this — your instincts are excellent. 🎉\n\n⚠️ Most plans take twelve to twenty weeks.\n- 👨‍👩‍👧 Then check the result.",
  user: 'Is my plan a good one?',
  previous: 'Most plans take between twelve and twenty weeks, depending on your starting point and how often you can train.',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, input] of [
    ['reply only', { reply: 'Great question! You are absolutely right that this matters. However, the data says otherwise.' }],
    ['chat-page reply with emoji, user turn and previous answer', PAGE_REPLY],
  ] as const) {
    const [load, first, second] = await coldStart(input);
    console.log(`cold start, ${name} (median of 7 fresh processes, CPU): load bundle ${load.toFixed(1)} ms, first scoreReply ${first.toFixed(1)} ms, second ${second.toFixed(2)} ms`);
  }
}
