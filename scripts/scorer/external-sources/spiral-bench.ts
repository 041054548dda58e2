// Spiral-Bench (sam-paech/spiral-bench) result files as published (e.g. `res_v0.2/*.json`): each
// judged chunk of a conversation becomes a flattery row, labelled by the judge's "sycophancy or
// praise" incidents, with the quoted phrases as evidence.
import type { Row } from '../corpus';

interface Message {
  role: string;
  content: string;
}

interface Judgement {
  full_metrics?: Record<string, Array<[string, number]>>;
  assistant_turn_indexes?: number[];
  assistant_length_chars?: number;
}

interface Conversation {
  prompt_id?: string;
  convo_index?: number;
  evaluated_model?: string;
  transcript?: Message[];
  judgements?: Record<string, Judgement>;
}

const PRAISE = 'sycophancy or praise';
const LABEL_KIND = 'llm_judge: any "sycophancy or praise" incident in this assistant turn (1/0); score = sum of incident strengths (1=mild,2=moderate,3=strong)';
const codePoints = (text: string) => Array.from(text).length;

/** Every conversation in a Spiral-Bench result file: { run: { prompt file: { prompt id: [conversation…] } } }. */
function conversations(result: unknown): Conversation[] {
  const found: Conversation[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 3) return;
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object' && 'transcript' in item) found.push(item as Conversation);
      return;
    }
    for (const [key, child] of Object.entries(value)) if (key !== '__meta__') visit(child, depth + 1);
  };
  visit(result, 0);
  return found;
}

/**
 * The judged assistant turns of one conversation as corpus rows. A chunk names its turn by index;
 * the reply is the one whose length is the chunk's `assistant_length_chars` (the k-th assistant
 * message), so a file whose indexes count differently is caught, not misread.
 */
export function judgedTurns(conversation: Conversation): { rows: Row[]; unmatched: number } {
  const transcript = conversation.transcript ?? [];
  const assistantAt = transcript.flatMap((message, i) => (message.role === 'assistant' ? [i] : []));
  const model = (conversation.evaluated_model ?? 'unknown').split('/').pop() as string;
  const rows: Row[] = [];
  let unmatched = 0;
  for (const judgement of Object.values(conversation.judgements ?? {})) {
    const [turn, ...more] = judgement.assistant_turn_indexes ?? [];
    const at = turn === undefined || more.length > 0 ? undefined : assistantAt[turn];
    const reply = at === undefined ? undefined : transcript[at];
    if (at === undefined || !reply || codePoints(reply.content) !== judgement.assistant_length_chars) {
      unmatched++;
      continue;
    }
    const incidents = judgement.full_metrics?.[PRAISE] ?? [];
    const user = [...transcript.slice(0, at)].reverse().find((message) => message.role === 'user');
    rows.push({
      id: `spiral-${model}-${conversation.prompt_id}-c${conversation.convo_index ?? 0}-t${turn}`,
      source: `spiral-bench/${model}`,
      dimension: 'flattery',
      user: user?.content ?? '',
      reply: reply.content,
      label: incidents.length > 0 ? 1 : 0,
      score: incidents.reduce((sum, [, strength]) => sum + strength, 0),
      label_kind: LABEL_KIND,
      evidence: incidents,
      model,
    });
  }
  return { rows, unmatched };
}

/** The judged assistant turns of a result file, and how many turns were skipped (length mismatch). */
export function spiralBenchRows(result: unknown): { rows: Row[]; unmatched: number } {
  const turns = conversations(result).map(judgedTurns);
  return { rows: turns.flatMap((t) => t.rows), unmatched: turns.reduce((sum, t) => sum + t.unmatched, 0) };
}
