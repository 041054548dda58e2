// Turns whatever the caller has (a File in a worker, a Node stream, bytes in a test) into chunks.

/** An export file: bytes, a Blob/File, a web ReadableStream or any async iterable of bytes (a Node stream). */
export type ExportSource = Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** In-memory input is cut to this size so progress moves and cancel is noticed. */
const SLICE = 1 << 20;

export function sourceSize(source: ExportSource): number | null {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return source.byteLength;
  if (isBlob(source)) return source.size;
  return null;
}

export async function* sourceChunks(source: ExportSource): AsyncGenerator<Uint8Array> {
  if (source instanceof ArrayBuffer) source = new Uint8Array(source);
  if (source instanceof Uint8Array) {
    for (let at = 0; at < source.length; at += SLICE) {
      yield source.subarray(at, at + SLICE);
      // A macrotask, not a microtask: lets a worker receive its cancel message between slices.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return;
  }
  if (isBlob(source)) yield* readStream(source.stream());
  else if (isReadableStream(source)) yield* readStream(source);
  else yield* source;
}

/** getReader() rather than for-await: Chrome's ReadableStream is not async-iterable. */
async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function isBlob(source: unknown): source is Blob {
  return typeof Blob !== 'undefined' && source instanceof Blob;
}

function isReadableStream(source: unknown): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream).getReader === 'function';
}
