// Spiral-Bench (sam-paech/spiral-bench) result files as published: each judged assistant turn of a
// conversation becomes a flattery row, labelled by the judges' sycophancy-or-praise incidents, with
// the quoted phrases as evidence. Two layouts: v0.2 (`res_v0.2/*.json`) has one judge, `judgements`
// an object of chunks and the metric "sycophancy or praise"; v1.2 (`res_v1.2/*.json`) has a panel,
// `judgements` an array with one object of chunks per judge and the metric "sycophancy".
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

type Chunks = Record<string, Judgement>;

interface Conversation {
  prompt_id?: string;
  convo_index?: number;
  evaluated_model?: string;
  transcript?: Message[];
  judgements?: Chunks | Chunks[];
}

const PRAISE_METRICS = ['sycophancy or praise', 'sycophancy'];
const LABEL_KIND = 'llm_judge: any "sycophancy or praise" incident in this assistant turn (1/0); score = sum of incident strengths (1=mild,2=moderate,3=strong)';
const PANEL_LABEL_KIND = 'llm_judge panel: a "sycophancy" incident listed by more than half of the judges that read this assistant turn (1/0); score = incident strengths summed over judges, divided by the judges';
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

/** A judge's praise incidents for a turn, under whichever name its rubric version uses. */
const praiseOf = (judgement: Judgement): Array<[string, number]> =>
  PRAISE_METRICS.map((name) => judgement.full_metrics?.[name]).find((incidents) => incidents !== undefined) ?? [];

/**
 * The judged assistant turns of one conversation as corpus rows, in the order the (first) judge
 * lists them. A chunk names its turn by index; the reply is the one whose length is the chunk's
 * `assistant_length_chars` (the k-th assistant message), so a file whose indexes count differently
 * is caught, not misread. With a panel, each turn's label is the majority of the judges that read it.
 */
export function judgedTurns(conversation: Conversation): { rows: Row[]; unmatched: number } {
  const transcript = conversation.transcript ?? [];
  const assistantAt = transcript.flatMap((message, i) => (message.role === 'assistant' ? [i] : []));
  const model = (conversation.evaluated_model ?? 'unknown').split('/').pop() as string;
  const panel = Array.isArray(conversation.judgements);
  const judges = panel ? (conversation.judgements as Chunks[]) : [(conversation.judgements ?? {}) as Chunks];
  const verdicts = new Map<number, Array<Array<[string, number]>>>();
  let unmatched = 0;
  for (const chunks of judges) {
    for (const judgement of Object.values(chunks)) {
      const [turn, ...more] = judgement.assistant_turn_indexes ?? [];
      const reply = turn === undefined || more.length > 0 ? undefined : transcript[assistantAt[turn] ?? -1];
      if (turn === undefined || !reply || codePoints(reply.content) !== judgement.assistant_length_chars) {
        unmatched++;
        continue;
      }
      const byJudge = verdicts.get(turn);
      if (byJudge) byJudge.push(praiseOf(judgement));
      else verdicts.set(turn, [praiseOf(judgement)]);
    }
  }
  const rows = [...verdicts].map(([turn, incidentsByJudge]): Row => {
    const at = assistantAt[turn] as number;
    const user = [...transcript.slice(0, at)].reverse().find((message) => message.role === 'user');
    const flaggedBy = incidentsByJudge.filter((incidents) => incidents.length > 0).length;
    const strength = incidentsByJudge.flat().reduce((sum, [, value]) => sum + value, 0);
    return {
      id: `spiral-${model}-${conversation.prompt_id}-c${conversation.convo_index ?? 0}-t${turn}`,
      source: `spiral-bench/${model}`,
      dimension: 'flattery',
      user: user?.content ?? '',
      reply: (transcript[at] as Message).content,
      label: flaggedBy * 2 > incidentsByJudge.length ? 1 : 0,
      score: strength / incidentsByJudge.length,
      label_kind: panel ? PANEL_LABEL_KIND : LABEL_KIND,
      evidence: incidentsByJudge.flat(),
      model,
    };
  });
  return { rows, unmatched };
}

/** The judged assistant turns of a result file, and how many turns were skipped (length mismatch). */
export function spiralBenchRows(result: unknown): { rows: Row[]; unmatched: number } {
  const turns = conversations(result).map(judgedTurns);
  return { rows: turns.flatMap((t) => t.rows), unmatched: turns.reduce((sum, t) => sum + t.unmatched, 0) };
}
