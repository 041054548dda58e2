import type { ReplyRecord } from '../db/record';
import { recordFromScoredLine } from './scored-line';

export interface LoadedRows {
  rows: ReplyRecord[];
  /** One readable message per line that could not be used, with its line number. */
  problems: string[];
}

/**
 * Parses scored JSON Lines (output of `score` or `import --out`) into rows; bad lines become problems, not failures.
 * A reply seen twice (same site, conversation, message and version, e.g. concatenated files) counts once: the later line wins.
 */
export async function loadScoredLines(lines: AsyncIterable<{ line: string; lineNumber: number }>): Promise<LoadedRows> {
  const rows = new Map<string, ReplyRecord>();
  const problems: string[] = [];
  for await (const { line, lineNumber } of lines) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${lineNumber}: not valid JSON (${(error as Error).message}); skipped`);
      continue;
    }
    const result = recordFromScoredLine(value, lineNumber);
    if ('error' in result) problems.push(`line ${lineNumber}: ${result.error}; skipped`);
    else rows.set(result.record.key, result.record);
  }
  return { rows: [...rows.values()], problems };
}
