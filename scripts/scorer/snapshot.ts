// Writes the scores of a fixed sample of corpus replies (every 5th row of each task, scored with
// its user turn and, for capitulation, the previous answer) to test/unit/scorer/fixtures/, with the
// scorer version. test/unit/scorer/corpus-snapshot.test.ts then fails whenever a change moves any
// score without a version bump: speed work must leave every score as it was, and a deliberate
// change bumps SCORER_VERSION (stored rows keep the version they were scored with) and reruns this.
// Usage: tsx scripts/scorer/snapshot.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCORER_VERSION, scoreReply } from '../../src/scorer';
import { loadTask, type Task } from './corpus';

export const SNAPSHOT_FILE = resolve(import.meta.dirname, '../../test/unit/scorer/fixtures/corpus-scores.json');
const TASKS: Task[] = ['flattery', 'agreement', 'capitulation'];

/** [flattery, emoji, agreement, overall] of the sampled rows, in corpus order. */
export function sampleScores(): Array<Array<number | null>> {
  const out: Array<Array<number | null>> = [];
  for (const task of TASKS) {
    loadTask(task).forEach((row, i) => {
      if (i % 5 !== 0) return;
      const s = scoreReply({ reply: row.reply, user: row.user, previous: task === 'capitulation' ? row.previous : undefined });
      out.push([s.dimensions.flattery, s.dimensions.emoji, s.dimensions.agreement, s.overall]);
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scores = sampleScores();
  writeFileSync(SNAPSHOT_FILE, `{"version":${JSON.stringify(SCORER_VERSION)},"scores":[\n${scores.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`);
  console.log(`${scores.length} replies' scores written for scorer ${SCORER_VERSION}`);
}
