// Re-scoring is an explicit action: stored figures stay what they were (with their scorerVersion)
// until the user asks for this, so exporting a past week again gives the same report.
import type { ProbeDatabase, ReplyRecord } from '../../db';
import { conversationReplies } from '../../db/conversation-table';
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

/** The text of the latest other message of the conversation written before `row`, if it was kept. */
function previousAnswer(row: ReplyRecord, conversation: readonly ReplyRecord[]): string | undefined {
  let latest: ReplyRecord | undefined;
  for (const other of conversation) {
    if (other.message === row.message || other.time >= row.time) continue;
    if (!latest || other.time > latest.time) latest = other;
  }
  return latest?.text;
}

/** Re-scores every row that kept its text; resolves to how many were rewritten. */
export async function rescoreRows(db: ProbeDatabase, rows: readonly ReplyRecord[]): Promise<number> {
  const conversations = new Map<string, ReplyRecord[]>();
  const updated: ReplyRecord[] = [];
  for (const row of rows) {
    if (row.text === undefined) continue;
    const id = `${row.site}|${row.conversation}`;
    let conversation = conversations.get(id);
    if (!conversation) conversations.set(id, (conversation = await conversationReplies(db, row.site, row.conversation).toArray()));
    updated.push(rescoredRecord(row, previousAnswer(row, conversation)) as ReplyRecord);
  }
  await db.replies.bulkPut(updated);
  return updated.length;
}
