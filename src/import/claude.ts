// Claude "Export data" conversations: `chat_messages` is a flat list in creation order. Several
// assistant messages answering the same human message (by `parent_message_uuid` when the export
// has it, else by order) are regenerations and become versions of one reply slot.
import { ConversationPlace, isoToMs, isRecord, nonEmptyString } from './check';
import { addCount, replyTime } from './tally';
import type { ImportedConversation } from './types';

interface ClaudeMessage {
  id: string;
  sender: string;
  parent: string | null;
  text: string;
  time: number | null;
  /** Content blocks that carry no reply text (thinking, tool use, tool results…). */
  otherBlocks: string[];
}

const BLOCK_REASONS: Record<string, string> = {
  thinking: 'thinking block',
  tool_use: 'tool use block',
  tool_result: 'tool result block',
};

export function isClaudeConversation(raw: Record<string, unknown>): boolean {
  return 'chat_messages' in raw;
}

export function walkClaude(raw: Record<string, unknown>, place: ConversationPlace): ImportedConversation {
  const id = nonEmptyString(raw.uuid);
  if (id === undefined) place.fail('has no "uuid"');
  place.id = id;
  if (!Array.isArray(raw.chat_messages)) place.fail('has "chat_messages" that is not a list');
  const messages = raw.chat_messages.map((m, i) => readMessage(m, i, place));

  const title = nonEmptyString(raw.name);
  const out: ImportedConversation = { index: place.index, site: 'claude', id, title, replies: [], skipped: {}, notes: {} };
  const model = nonEmptyString(raw.model) ?? null;
  const byId = new Map(messages.map((m) => [m.id, m]));
  // Each slot remembers its first message id, its version count and the reply before it.
  const slots = new Map<string, { message: string; versions: number; previous: string | undefined; previousMessage: string | undefined }>();
  let lastHuman: ClaudeMessage | null = null;
  let lastReply: string | undefined;
  let lastReplyMessage: string | undefined;
  let lastTime = isoToMs(raw.created_at);

  for (const m of messages) {
    for (const block of m.otherBlocks) addCount(out.skipped, BLOCK_REASONS[block] ?? `content block of type "${block}"`);
    const role = roleOf(m.sender);
    if (role === 'user') {
      lastHuman = m;
    } else if (role === null) {
      addCount(out.skipped, `message with sender "${m.sender}"`);
    } else if (m.text.trim() === '') {
      addCount(out.skipped, 'empty assistant message');
    } else {
      const parent = m.parent === null ? undefined : byId.get(m.parent);
      const human = parent !== undefined && roleOf(parent.sender) === 'user' ? parent : lastHuman;
      const slotKey = human?.id ?? '';
      const slot = slots.get(slotKey) ?? { message: m.id, versions: 0, previous: lastReply, previousMessage: lastReplyMessage };
      slots.set(slotKey, slot);
      slot.versions += 1;
      const time = replyTime(out, m.time, lastTime);
      if (time !== null) {
        out.replies.push({
          site: 'claude', conversation: id, message: slot.message, version: slot.versions, source: m.id,
          time, model, user: human?.text.trim() ? human.text : undefined, previous: slot.previous, previousMessage: slot.previousMessage, reply: m.text, title, url: `https://claude.ai/chat/${id}`,
        });
      }
      lastReply = m.text;
      lastReplyMessage = slot.message;
    }
    lastTime = m.time ?? lastTime;
  }
  if (messages.length === 0) addCount(out.skipped, 'conversation with no messages');
  return out;
}

function roleOf(sender: string): 'user' | 'assistant' | null {
  const s = sender.toLowerCase();
  return s === 'human' || s === 'user' ? 'user' : s === 'assistant' ? 'assistant' : null;
}

function readMessage(raw: unknown, i: number, place: ConversationPlace): ClaudeMessage {
  const where = `chat_messages[${i}]`;
  if (!isRecord(raw)) place.fail(`${where} is not an object`);
  const id = nonEmptyString(raw.uuid);
  if (id === undefined) place.fail(`${where} has no "uuid"`);
  if (typeof raw.sender !== 'string') place.fail(`${where} (uuid ${id}) has no "sender"`);
  if (raw.content != null && !Array.isArray(raw.content)) place.fail(`${where} (uuid ${id}) has "content" that is not a list`);
  const texts: string[] = [];
  const otherBlocks: string[] = [];
  let firstBlockTime: number | null = null;
  for (const [b, block] of (raw.content ?? []).entries()) {
    if (!isRecord(block) || typeof block.type !== 'string') place.fail(`${where} (uuid ${id}) content[${b}] has no "type"`);
    firstBlockTime ??= isoToMs(block.start_timestamp);
    if (block.type === 'text') texts.push(typeof block.text === 'string' ? block.text : '');
    else otherBlocks.push(block.type);
  }
  // Older exports have only the flat `text`; newer ones have blocks and a `text` that may lag them.
  const fromBlocks = texts.filter((t) => t !== '').join('\n\n');
  return {
    id,
    sender: raw.sender,
    parent: nonEmptyString(raw.parent_message_uuid) ?? null,
    text: fromBlocks || (typeof raw.text === 'string' ? raw.text : ''),
    time: isoToMs(raw.created_at) ?? isoToMs(raw.updated_at) ?? firstBlockTime,
    otherBlocks,
  };
}
