import { ImportError } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Float Unix seconds (ChatGPT) to epoch ms; null for missing, zero or non-numbers. */
export function secondsToMs(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value * 1000) : null;
}

/** ISO 8601 (Claude) to epoch ms; null for missing or unparseable. */
export function isoToMs(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Where in the file a conversation is, so every error can say so. */
export class ConversationPlace {
  id: string | undefined;

  constructor(
    readonly file: string,
    /** 0-based position in the top-level array; messages show it 1-based. */
    readonly index: number,
  ) {}

  fail(detail: string): never {
    const id = this.id === undefined ? '' : ` (id ${this.id})`;
    throw new ImportError(`${this.file}: conversation ${this.index + 1}${id}: ${detail}`);
  }
}
