// Reads and validates a ChatGPT conversation's `mapping` tree before anything is walked, so a
// malformed node fails the conversation with its id instead of yielding half of it.
import { ConversationPlace, isRecord, nonEmptyString, secondsToMs } from './check';

export interface ChatGPTMessage {
  id: string;
  role: string;
  contentType: string;
  /** The visible text (text parts, transcripts, code); '' for content without text. */
  text: string;
  /** create_time, else update_time (epoch ms). */
  time: number | null;
  status: string | null;
  recipient: string | null;
  /** Newer reasoning models write their thinking to the "analysis" channel. */
  channel: string | null;
  hidden: boolean;
  model: string | null;
}

export interface ChatGPTNode {
  id: string;
  parent: string | null;
  children: string[];
  message: ChatGPTMessage | null;
}

export type ChatGPTMapping = Map<string, ChatGPTNode>;

export function readMapping(raw: unknown, place: ConversationPlace): ChatGPTMapping {
  if (!isRecord(raw)) place.fail('has no "mapping" object');
  const nodes: ChatGPTMapping = new Map();
  for (const [id, value] of Object.entries(raw)) {
    const where = `mapping node ${id}`;
    if (!isRecord(value)) place.fail(`${where} is not an object`);
    const children = value.children ?? [];
    if (!Array.isArray(children) || !children.every((c) => typeof c === 'string')) place.fail(`${where} has "children" that is not a list of ids`);
    const parent = value.parent ?? null;
    if (parent !== null && typeof parent !== 'string') place.fail(`${where} has a "parent" that is not an id`);
    const message = value.message == null ? null : readMessage(value.message, id, where, place);
    nodes.set(id, { id, parent, children, message });
  }
  for (const node of nodes.values()) {
    if (node.parent !== null && !nodes.has(node.parent)) place.fail(`mapping node ${node.id} has parent ${node.parent}, which is not in the mapping`);
    // A child that is not in the mapping cannot be walked to; dropping it loses nothing.
    node.children = node.children.filter((c) => nodes.has(c));
  }
  return nodes;
}

function readMessage(raw: unknown, nodeId: string, where: string, place: ConversationPlace): ChatGPTMessage {
  if (!isRecord(raw)) place.fail(`${where} has a "message" that is not an object`);
  const { author, content } = raw;
  if (!isRecord(author)) place.fail(`${where} has no message.author`);
  if (typeof author.role !== 'string') place.fail(`${where} has no message.author.role`);
  if (!isRecord(content)) place.fail(`${where} has no message.content`);
  if (typeof content.content_type !== 'string') place.fail(`${where} has no message.content.content_type`);
  if (content.parts !== undefined && !Array.isArray(content.parts)) place.fail(`${where} has message.content.parts that is not a list`);
  const metadata = isRecord(raw.metadata) ? raw.metadata : {};
  return {
    id: nonEmptyString(raw.id) ?? nodeId,
    role: author.role,
    contentType: content.content_type,
    text: contentText(content),
    time: secondsToMs(raw.create_time) ?? secondsToMs(raw.update_time),
    status: nonEmptyString(raw.status) ?? null,
    recipient: nonEmptyString(raw.recipient) ?? null,
    channel: nonEmptyString(raw.channel) ?? null,
    hidden: metadata.is_visually_hidden_from_conversation === true,
    model: nonEmptyString(metadata.model_slug) ?? null,
  };
}

/** Text parts and voice transcripts; images and other asset pointers carry no text to score. */
function contentText(content: Record<string, unknown>): string {
  if (Array.isArray(content.parts)) {
    const texts = content.parts.map((part) => {
      if (typeof part === 'string') return part;
      if (isRecord(part) && part.content_type === 'audio_transcription' && typeof part.text === 'string') return part.text;
      return '';
    });
    return texts.filter((t) => t !== '').join('\n');
  }
  return typeof content.text === 'string' ? content.text : '';
}
