// Small synthetic ChatGPT and Claude exports, built the way the real ones are shaped.

export interface ChatGPTNodeSpec {
  id: string;
  parent: string | null;
  /** No role: a node without a message (the root). */
  role?: 'system' | 'user' | 'assistant' | 'tool';
  text?: string;
  contentType?: string;
  parts?: unknown[];
  /** Unix seconds; null for a null create_time. Defaults to a time that grows with node order. */
  time?: number | null;
  status?: string;
  recipient?: string;
  channel?: string;
  model?: string;
  hidden?: boolean;
}

export const T0 = 1_700_000_000;

export function chatgptConversation(nodes: ChatGPTNodeSpec[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  const mapping: Record<string, unknown> = {};
  nodes.forEach((spec, i) => {
    const children = nodes.filter((n) => n.parent === spec.id).map((n) => n.id);
    mapping[spec.id] = { id: spec.id, parent: spec.parent, children, message: spec.role === undefined ? null : message(spec, i) };
  });
  return {
    id: 'conv-1',
    conversation_id: 'conv-1',
    title: 'Synthetic',
    create_time: T0,
    update_time: T0 + 1000,
    current_node: nodes.at(-1)?.id,
    default_model_slug: 'gpt-4o',
    mapping,
    ...fields,
  };
}

function message(spec: ChatGPTNodeSpec, order: number): Record<string, unknown> {
  const contentType = spec.contentType ?? 'text';
  const content: Record<string, unknown> = { content_type: contentType };
  if (contentType === 'code' || contentType === 'execution_output') content.text = spec.text ?? '';
  else content.parts = spec.parts ?? [spec.text ?? ''];
  return {
    id: spec.id,
    author: { role: spec.role, name: null, metadata: {} },
    create_time: spec.time === undefined ? T0 + order * 10 : spec.time,
    update_time: null,
    content,
    status: spec.status ?? 'finished_successfully',
    end_turn: spec.role === 'assistant' ? true : null,
    weight: 1,
    metadata: { ...(spec.model ? { model_slug: spec.model } : {}), ...(spec.hidden ? { is_visually_hidden_from_conversation: true } : {}) },
    recipient: spec.recipient ?? 'all',
    ...(spec.channel ? { channel: spec.channel } : {}),
  };
}

export interface ClaudeMessageSpec {
  uuid: string;
  sender: string;
  text?: string;
  content?: unknown[];
  parent?: string;
  /** ISO time; null for a null created_at. Defaults to one that grows with order. */
  time?: string | null;
}

export function claudeConversation(messages: ClaudeMessageSpec[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid: 'claude-1',
    name: 'Synthetic Claude',
    created_at: '2025-03-01T10:00:00.000Z',
    updated_at: '2025-03-01T11:00:00.000Z',
    account: { uuid: 'acct' },
    chat_messages: messages.map((m, i) => ({
      uuid: m.uuid,
      sender: m.sender,
      text: m.text ?? '',
      ...(m.content ? { content: m.content } : {}),
      ...(m.parent ? { parent_message_uuid: m.parent } : {}),
      created_at: m.time === undefined ? new Date(Date.UTC(2025, 2, 1, 10, i)).toISOString() : m.time,
      updated_at: null,
      attachments: [],
      files: [],
    })),
    ...fields,
  };
}

export function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** Feeds bytes in tiny chunks, to cross every token and UTF-8 boundary. */
export async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}
