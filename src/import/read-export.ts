// The importer's entry points. Pure: no DOM, no IndexedDB, no Node APIs, so the same code runs in
// the extension's Web Worker and in the CLI.
import { ConversationPlace, isRecord } from './check';
import { isChatGPTConversation, walkChatGPT } from './chatgpt';
import { isClaudeConversation, walkClaude } from './claude';
import { jsonArrayItems } from './json-array';
import { sourceChunks, sourceSize, type ExportSource } from './source';
import { addToSummary, emptySummary } from './tally';
import type { ImportedConversation, ImportedReply, ImportProgress, ImportSummary } from './types';
import { conversationsFromZip, looksLikeZip } from './zip';

export interface ReadExportOptions {
  /** The file's name, used in error messages (default "conversations.json"). */
  name?: string;
  /** Cancels the import; the read rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each conversation (and once at the end), with bytes read so far. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Walks a ChatGPT or Claude export (conversations.json or the export zip) conversation by
 * conversation. Each conversation is validated whole before it is yielded, but a later one can
 * still be malformed: a caller that must write nothing on error collects first (see importExport),
 * writes in one transaction, or writes to a temporary file.
 */
export async function* readExport(source: ExportSource, options: ReadExportOptions = {}): AsyncGenerator<ImportedConversation> {
  const { name = 'conversations.json', signal, onProgress } = options;
  const progress: ImportProgress = { bytesRead: 0, totalBytes: sourceSize(source), conversations: 0, replies: 0 };
  const counted = countBytes(sourceChunks(source), progress, signal);
  const { head, chunks } = await peek(counted, 4);
  const isZip = looksLikeZip(head);
  const file = isZip ? `${name} › conversations.json` : name;
  const json = isZip ? conversationsFromZip(chunks, name) : chunks;
  for await (const { index, value } of jsonArrayItems(json, file)) {
    signal?.throwIfAborted();
    const conversation = walkConversation(value, new ConversationPlace(file, index));
    progress.conversations += 1;
    progress.replies += conversation.replies.length;
    yield conversation;
    onProgress?.({ ...progress });
  }
  onProgress?.({ ...progress });
}

/** The whole export at once, or an ImportError and nothing. */
export async function importExport(
  source: ExportSource,
  options: ReadExportOptions = {},
): Promise<{ replies: ImportedReply[]; summary: ImportSummary }> {
  const replies: ImportedReply[] = [];
  const summary = emptySummary();
  for await (const conversation of readExport(source, options)) {
    addToSummary(summary, conversation);
    replies.push(...conversation.replies);
  }
  return { replies, summary };
}

function walkConversation(value: unknown, place: ConversationPlace): ImportedConversation {
  if (!isRecord(value)) place.fail(`expected an object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)?.slice(0, 40)}`);
  if (isChatGPTConversation(value)) return walkChatGPT(value, place);
  if (isClaudeConversation(value)) return walkClaude(value, place);
  place.id = typeof value.id === 'string' ? value.id : typeof value.uuid === 'string' ? value.uuid : undefined;
  return place.fail('is neither a ChatGPT conversation (no "mapping") nor a Claude conversation (no "chat_messages")');
}

async function* countBytes(chunks: AsyncIterable<Uint8Array>, progress: ImportProgress, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    progress.bytesRead += chunk.length;
    yield chunk;
  }
  signal?.throwIfAborted();
}

/** Reads at least `n` bytes for sniffing, then hands back every chunk, those bytes included. */
async function peek(chunks: AsyncGenerator<Uint8Array>, n: number): Promise<{ head: Uint8Array; chunks: AsyncGenerator<Uint8Array> }> {
  const buffered: Uint8Array[] = [];
  let size = 0;
  while (size < n) {
    const next = await chunks.next();
    if (next.done) break;
    buffered.push(next.value);
    size += next.value.length;
  }
  const head = new Uint8Array(size);
  buffered.reduce((at, chunk) => (head.set(chunk, at), at + chunk.length), 0);
  async function* all() {
    yield* buffered;
    yield* chunks;
  }
  return { head, chunks: all() };
}
