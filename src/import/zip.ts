// Export zips hold conversations.json beside other files; it is inflated as the zip streams in,
// so a zip of hundreds of MB is never held in memory whole.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ImportError } from './types';

const LOCAL_FILE_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const WANTED = /(?:^|\/)conversations\.json$/;

export function looksLikeZip(head: Uint8Array): boolean {
  return [LOCAL_FILE_HEADER, EMPTY_ZIP].some((sig) => sig.every((byte, i) => head[i] === byte));
}

/** Yields the inflated bytes of the zip's conversations.json. `name` is the zip's name for messages. */
export async function* conversationsFromZip(chunks: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const seen: string[] = [];
  let found: string | null = null;
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    seen.push(file.name);
    if (found !== null || !WANTED.test(file.name)) return;
    found = file.name;
    file.ondata = (error, data) => {
      if (error) failure ??= error;
      else if (data.length > 0) out.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      failure ??= error as Error;
    }
    if (failure !== null) throw new ImportError(`${name}: ${found ?? 'the zip'} could not be unzipped (${failure.message})`);
  };
  for await (const chunk of chunks) {
    push(chunk, false);
    yield* out.splice(0);
  }
  push(new Uint8Array(0), true);
  yield* out.splice(0);
  if (found === null) {
    const listed = seen.length === 0 ? 'no files' : seen.slice(0, 10).join(', ') + (seen.length > 10 ? ', …' : '');
    throw new ImportError(`${name}: the zip has no conversations.json (it holds ${listed})`);
  }
}
