import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Yields each non-blank line of a stream with its 1-based line number. */
export async function* readLines(input: Readable): AsyncGenerator<{ line: string; lineNumber: number }> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() !== '') yield { line, lineNumber };
  }
}
