// Re-scoring is an explicit action: stored figures stay what they were (with their scorerVersion)
// until the user asks for this, so exporting a past week again gives the same report.
import type { ProbeDatabase, ReplyRecord } from '../../db';
import { scoreReply } from '../../scorer';

/** The row scored again by the current scorer; null when its text was not kept. */
export function rescoredRecord(row: ReplyRecord): ReplyRecord | null {
  if (row.text === undefined) return null;
  const score = scoreReply({ reply: row.text, user: row.userText });
  return {
    ...row,
    overall: score.overall,
    flattery: score.dimensions.flattery,
    emoji: score.dimensions.emoji,
    agreement: score.dimensions.agreement,
    // Capitulation needs the assistant's previous reply, which is not stored: keep the stored verdict.
    capitulation: score.capitulation ?? row.capitulation,
    language: score.language,
    evidence: score.evidence,
    scorerVersion: score.version,
  };
}

/** Re-scores every row that kept its text; resolves to how many were rewritten. */
export async function rescoreRows(db: ProbeDatabase, rows: readonly ReplyRecord[]): Promise<number> {
  const updated = rows.map(rescoredRecord).filter((row): row is ReplyRecord => row !== null);
  await db.replies.bulkPut(updated);
  return updated.length;
}
