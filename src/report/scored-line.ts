import { replyKey, type ReplyRecord } from '../db/record';
import { DIMENSIONS, EVIDENCE_SOURCES, type Dimension, type Evidence, type EvidenceSource } from '../scorer/types';

/** A stored row, or why the line could not become one. */
export type LineResult = { record: ReplyRecord } | { error: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScore = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isFinite(value));
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const id = (value: unknown): string | undefined => text(value) ?? (typeof value === 'number' ? String(value) : undefined);

function evidenceList(value: unknown): Evidence[] | null {
  if (!Array.isArray(value)) return null;
  const spans: Evidence[] = [];
  for (const item of value) {
    if (!isObject(item) || !DIMENSIONS.includes(item.dimension as Dimension) || typeof item.text !== 'string') return null;
    // `in` says which text the offsets index (absent: the reply); with an unknown one they cannot be placed.
    if (item.in !== undefined && !EVIDENCE_SOURCES.includes(item.in as EvidenceSource)) return null;
    const span: Evidence = {
      dimension: item.dimension as Dimension,
      text: item.text,
      start: typeof item.start === 'number' ? item.start : 0,
      end: typeof item.end === 'number' ? item.end : 0,
    };
    if (item.in !== undefined) span.in = item.in as EvidenceSource;
    if (typeof item.signal === 'string') span.signal = item.signal;
    if (typeof item.weight === 'number') span.weight = item.weight;
    spans.push(span);
  }
  return spans;
}

/**
 * Turns one parsed line of `score` / `import --out` output into a ReplyRecord.
 * `fallbackId` (the line number) names the message when the line has no ids, so rows stay distinct.
 */
export function recordFromScoredLine(value: unknown, fallbackId: string | number): LineResult {
  if (!isObject(value)) return { error: 'expected a JSON object' };
  const score = value.sycophancy;
  if (!isObject(score)) return { error: 'no "sycophancy" object (run the score command first)' };
  const dimensions = score.dimensions;
  if (!isScore(score.overall) || !isObject(dimensions) || !DIMENSIONS.every((d) => isScore(dimensions[d]))) {
    return { error: '"sycophancy" needs overall and dimensions.{flattery,emoji,agreement} as numbers or null' };
  }
  const evidence = evidenceList(score.evidence ?? []);
  if (!evidence) return { error: '"sycophancy.evidence" must be a list of {dimension, text, start, end} (in: "reply" or "previous" when given)' };
  const time = typeof value.time === 'string' ? Date.parse(value.time) : typeof value.time === 'number' ? value.time : NaN;
  if (!Number.isFinite(time)) return { error: '"time" must be an ISO 8601 date-time (the report places replies by it)' };

  const base = {
    site: text(value.site) ?? 'unknown',
    conversation: id(value.conversation) ?? '',
    message: id(value.message) ?? `line-${fallbackId}`,
    version: typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1,
  };
  const record: ReplyRecord = {
    key: replyKey(base),
    ...base,
    time,
    model: text(value.model) ?? null,
    overall: score.overall,
    flattery: dimensions.flattery as number | null,
    emoji: dimensions.emoji as number | null,
    agreement: dimensions.agreement as number | null,
    capitulation: score.capitulation === true,
    language: text(score.language) ?? 'und',
    evidence,
    scorerVersion: text(score.version) ?? 'unknown',
    origin: 'import',
  };
  const reply = text(value.reply);
  const user = text(value.user);
  const url = text(value.url);
  if (reply !== undefined) record.text = reply;
  if (user !== undefined) record.userText = user;
  if (url !== undefined) record.url = url;
  return { record };
}
