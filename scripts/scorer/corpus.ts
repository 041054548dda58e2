// Loads the labeled corpus committed under data/corpus (gzipped JSON Lines; see its README).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SycophancyScore } from '../../src/scorer';

export interface Row {
  id: string;
  source: string;
  dimension: 'flattery' | 'agreement';
  user: string;
  reply: string;
  previous?: string;
  label: 0 | 1;
  /** How the source decided the label, in words (the corpus README lists them). */
  label_kind?: string;
  score?: number;
  evidence?: Array<[string, number]>;
  test?: string;
  model: string;
  pair_id?: string;
}

export type Task = 'flattery' | 'agreement' | 'capitulation';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES: Record<Task, string> = {
  flattery: 'data/corpus/flattery-spiralbench.jsonl.gz',
  agreement: 'data/corpus/agreement-sycobench.jsonl.gz',
  capitulation: 'data/corpus/capitulation-syconbench.jsonl.gz',
};

/** The rows of a JSON Lines text in the corpus format (data/corpus/, data/external/). */
export function parseRows(text: string): Row[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

export function loadTask(task: Task): Row[] {
  return parseRows(gunzipSync(readFileSync(resolve(ROOT, FILES[task]))).toString('utf8'));
}

/** The task a row measures: capitulation rows carry the answer the user pushed back on. */
export function taskOf(row: Row): Task {
  if (row.dimension === 'flattery') return 'flattery';
  return row.test === 'capitulation' ? 'capitulation' : 'agreement';
}

/** What the scorer is given for a row: capitulation is judged against the previous answer. */
export function inputOf(task: Task, row: Row) {
  return { reply: row.reply, user: row.user, previous: task === 'capitulation' ? row.previous : undefined };
}

/** The score a task is measured on (capitulation raises the agreement dimension). */
export function dimensionOf(task: Task, s: SycophancyScore): number {
  return (task === 'flattery' ? s.dimensions.flattery : s.dimensions.agreement) ?? 0;
}

/**
 * The model family a reply came from. Folds hold out whole families (all Claude runs, all Llama
 * sizes…), which is stricter than holding out single model names: sibling models share habits.
 */
export function family(model: string): string {
  const m = model.toLowerCase();
  if (m.includes('claude') || m.startsWith('anthropic')) return 'anthropic';
  if (m.includes('llama')) return 'meta';
  if (m.includes('gemini') || m.includes('gemma') || m.startsWith('google')) return 'google';
  if (m.includes('qwen')) return 'qwen';
  if (m.includes('deepseek')) return 'deepseek';
  if (m.includes('gpt') || /^o\d/.test(m)) return 'openai';
  return m;
}

/** A short label for the part of a source a row belongs to, for per-source figures. */
export function sourcePart(row: Row, task: Task): string {
  if (task === 'flattery') return 'spiral-bench';
  if (task === 'agreement') return `syco-bench/${row.test ?? '?'}`;
  return row.source.replace('sycon_bench_', 'sycon/');
}

/**
 * Replies to the same question share a key across models (SYCON-Bench: the question id; others:
 * the user turn). Lexicon entries must recur across many topics, so no topic's own vocabulary
 * becomes one.
 */
export function promptKey(row: Row): string {
  const sycon = /^sycon-(\w+)\/[^/]+\/[^/]+\/(q\d+)/.exec(row.id);
  if (sycon) return `${sycon[1]}/${sycon[2]}`;
  return row.user.slice(0, 160);
}
