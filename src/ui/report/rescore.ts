// Re-scoring is an explicit action: stored figures stay what they were (with their scorerVersion)
// until the user asks for this, so exporting a past week again gives the same report.
import type { ProbeDatabase, ReplyRecord } from '../../db';
import { messageKey, versionsOfMessages, type MessageRef } from '../../db/replies';
import { scoreReply } from '../../scorer';

/**
 * The row scored again by the current scorer; null when its text was not kept. `previous` is the
 * assistant's answer before it: with a pushing-back user turn, agreement is judged as capitulation.
 */
export function rescoredRecord(row: ReplyRecord, previous?: string): ReplyRecord | null {
  if (row.text === undefined) return null;
  const score = scoreReply({ reply: row.text, user: row.userText, previous });
  return {
    ...row,
    overall: score.overall,
    flattery: score.dimensions.flattery,
    emoji: score.dimensions.emoji,
    agreement: score.dimensions.agreement,
    // Without the previous answer's text, capitulation cannot be judged again: keep the stored verdict.
    capitulation: score.capitulation ?? row.capitulation,
    language: score.language,
    evidence: score.evidence,
    scorerVersion: score.version,
  };
}

/** The message the row answered after, if it was stored with one. */
function previousRef(row: ReplyRecord): MessageRef | undefined {
  return row.previousMessage === undefined ? undefined : { site: row.site, conversation: row.conversation, message: row.previousMessage };
}

/**
 * The previous answer's text: the row of `previousMessage` (the reply before it when it was
 * scored), if that row kept its text. Of its versions, the latest seen before this reply; else
 * the first (a long conversation opened later is read near the viewport first, so the reply
 * before can be seen after).
 */
function previousAnswer(row: ReplyRecord, stored: ReadonlyMap<string, ReplyRecord[]>): string | undefined {
  const ref = previousRef(row);
  if (ref === undefined) return undefined;
  const versions = [...(stored.get(messageKey(ref)) ?? [])].sort((a, b) => a.version - b.version);
  return (versions.filter((version) => version.time <= row.time).at(-1) ?? versions[0])?.text;
}

/** Re-scores every row that kept its text; resolves to how many were rewritten. */
export async function rescoreRows(db: ProbeDatabase, rows: readonly ReplyRecord[]): Promise<number> {
  const withText = rows.filter((row) => row.text !== undefined);
  // The previous answers of all the rows in one index walk, not one query per row.
  const stored = await versionsOfMessages(db, withText.flatMap((row) => previousRef(row) ?? []));
  const updated = withText.map((row) => rescoredRecord(row, previousAnswer(row, stored)) as ReplyRecord);
  await db.replies.bulkPut(updated);
  return updated.length;
}
