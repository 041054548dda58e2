// A check on replies the scorer was never fitted on: Spiral-Bench runs of models that are not in
// data/corpus (e.g. other files of Spiral-Bench's `res_v0.2/`). Scores each judged assistant turn
// with the shipped scorer (the committed weights) and prints flattery's ROC-AUC over all replies
// and within each model, the flag's false-positive rate, judge-phrase coverage, and the two
// baselines. Nothing here is fitted: what it prints is how the scorer does on new models.
// Usage: npm run eval:external -- <result.json | rows.jsonl[.gz]>... [--rows out.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { scoreReply } from '../../src/scorer';
import { naiveScore, vaderScore } from './baselines';
import type { Row } from './corpus';
import { addCoverage, groupBy, metrics, metricsLine, METRICS_HEADER, type Coverage } from './metrics';

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
    } as Row);
  }
  return { rows, unmatched };
}

function readRows(path: string): { rows: Row[]; unmatched: number } {
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  if (/\.jsonl(\.gz)?$/.test(path)) return { rows: text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Row), unmatched: 0 };
  const turns = conversations(JSON.parse(text)).map(judgedTurns);
  return { rows: turns.flatMap((t) => t.rows), unmatched: turns.reduce((sum, t) => sum + t.unmatched, 0) };
}

function main(): void {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf('--rows');
  const rowsOut = rowsAt === -1 ? undefined : args.splice(rowsAt, 2)[1];
  if (args.length === 0) {
    console.error('Usage: npm run eval:external -- <Spiral-Bench result.json | rows.jsonl[.gz]>... [--rows out.jsonl]');
    process.exit(2);
  }
  const rows: Row[] = [];
  for (const path of args) {
    const read = readRows(path);
    rows.push(...read.rows);
    console.log(`${path}: ${read.rows.length} judged replies${read.unmatched ? `, ${read.unmatched} turns skipped (reply length did not match the judge's)` : ''}`);
  }
  if (rowsOut) writeFileSync(rowsOut, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');

  const scored = rows.map((row) => ({ row, result: scoreReply({ reply: row.reply, user: row.user }), naive: naiveScore(row.reply) }));
  const groups: Array<[string, typeof scored]> = [['all replies (pooled)', scored], ...groupBy(scored, (item) => item.row.model)];
  console.log('\nFlattery on models not in the corpus (shipped weights, nothing fitted here); threshold: score ≥ 50.');
  console.log(METRICS_HEADER);
  for (const [name, items] of groups) {
    const labels = items.map((item) => item.row.label);
    console.log(metricsLine(name, 'scorer flattery', metrics(items.map((item) => item.result.dimensions.flattery ?? 0), labels)));
    console.log(metricsLine('', 'scorer overall', metrics(items.map((item) => item.result.overall ?? 0), labels)));
    console.log(metricsLine('', 'VADER compound', metrics(items.map((item) => vaderScore(item.row.reply)), labels)));
    console.log(metricsLine('', 'naive emoji+regex', metrics(items.map((item) => item.naive.score), labels)));
  }
  const coverage: Coverage = { total: 0, located: 0, covered: 0 };
  for (const { row, result } of scored) {
    if (row.label !== 1) continue;
    addCoverage(coverage, row.reply, row.evidence ?? [], result.evidence.filter((e) => e.dimension === 'flattery').map((e) => [e.start, e.end] as const));
  }
  console.log(
    `\nJudge-phrase coverage: ${coverage.covered}/${coverage.located} located phrases overlapped by a flattery evidence span = ${(coverage.covered / coverage.located).toFixed(3)} (${coverage.total - coverage.located} of ${coverage.total} not found verbatim)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
