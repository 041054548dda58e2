// Streams the elements of a top-level JSON array one at a time, so a file of hundreds of MB is
// never parsed (or held) whole. Errors say where in the file they happened.
import { TokenParser, Tokenizer } from '@streamparser/json';
import { ImportError } from './types';

export interface ArrayItem {
  index: number;
  value: unknown;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];

/** Yields each element of the array, after each chunk has been parsed; throws ImportError on bad JSON. */
export async function* jsonArrayItems(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<ArrayItem> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  const ready: ArrayItem[] = [];
  let emitted = 0;
  let bytes = 0;
  let tokenOffset = 0; // absolute offset of the last token, where a parse error is reported
  let started = false;
  tokenizer.onToken = (token) => {
    tokenOffset = token.offset;
    parser.write(token);
  };
  parser.onValue = ({ value, key }) => {
    if (typeof key !== 'number') return;
    ready.push({ index: key, value });
    emitted += 1;
  };
  // The parser ends at the array's closing bracket; the tokenizer must then refuse anything but whitespace.
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };
  const fail = (what: string): never => {
    throw new ImportError(`${file}: ${what}`);
  };

  for await (let chunk of chunks) {
    if (!started) {
      if (bytes === 0 && BOM.every((b, i) => chunk[i] === b)) chunk = chunk.subarray(3);
      const first = chunk.findIndex((b) => !WHITESPACE.has(b));
      if (first === -1) continue;
      if (chunk[first] !== 0x5b) fail(`expected a JSON array of conversations, but the file starts with ${describe(chunk[first]!)}`);
      started = true;
    }
    if (!tokenizer.isEnded) {
      try {
        tokenizer.write(chunk);
      } catch (error) {
        fail(`invalid JSON near byte ${tokenOffset}, in conversation ${emitted + 1}: ${(error as Error).message}`);
      }
    } else if (chunk.some((b) => !WHITESPACE.has(b))) {
      fail(`unexpected data after the end of the array, near byte ${bytes}`);
    }
    bytes += chunk.length;
    yield* ready.splice(0);
  }
  if (!started) fail('the file is empty');
  if (!parser.isEnded) fail(`the JSON ends early, after byte ${bytes}, in conversation ${emitted + 1} (is the file cut short?)`);
}

function describe(byte: number): string {
  if (byte === 0x7b) return 'an object ("{"), not an array';
  if (byte === 0x22) return 'a string';
  if (byte >= 0x20 && byte < 0x7f) return `"${String.fromCharCode(byte)}"`;
  return `byte 0x${byte.toString(16).padStart(2, '0')}, which is neither JSON nor a zip`;
}
