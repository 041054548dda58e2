import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORER_VERSION } from '../../../src/scorer';
import { SNAPSHOT_FILE, sampleScores } from '../../../scripts/scorer/snapshot';

// Stored rows keep the scorer version they were scored with, so a version must always give the
// same scores: any change that moves a score needs a version bump and a new snapshot
// (tsx scripts/scorer/snapshot.ts). Speed work must pass this unchanged.
describe('scores of a corpus sample', () => {
  const snapshot = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as { version: string; scores: Array<Array<number | null>> };

  it('were recorded for this scorer version', () => {
    expect(snapshot.version).toBe(SCORER_VERSION);
  });

  it('are exactly those recorded for this version', () => {
    const scores = sampleScores();
    expect(scores.length).toBe(snapshot.scores.length);
    const changed = scores.map((s, i) => [i, s, snapshot.scores[i]] as const).filter(([, s, t]) => JSON.stringify(s) !== JSON.stringify(t));
    expect(changed.slice(0, 5)).toEqual([]);
  });
});
