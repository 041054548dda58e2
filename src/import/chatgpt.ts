// ChatGPT "Export data" conversations: walk the `mapping` tree along the branch the site showed
// (current_node up through its parents); regenerations, A/B variants and edited prompts found
// beside that branch become extra versions of the same reply slot.
import { ConversationPlace, nonEmptyString, secondsToMs } from './check';
import { readMapping, type ChatGPTMapping, type ChatGPTMessage, type ChatGPTNode } from './chatgpt-mapping';
import { addCount, replyTime } from './tally';
import type { ImportedConversation } from './types';

const TEXT_CONTENT = new Set(['text', 'multimodal_text']);
const REASONING_CONTENT = new Set(['thoughts', 'reasoning_recap']);
const CONTEXT_CONTENT = new Set(['user_editable_context', 'model_editable_context']);

type Use = { use: 'user' | 'reply' } | { skip: string };

/** What a message is to the importer: a user turn, part of a reply, or skipped (and why). */
function classify(m: ChatGPTMessage): Use {
  if (m.role === 'system') return { skip: 'system message' };
  if (m.role === 'tool') return { skip: 'tool message (code output, browsing, reasoning)' };
  if (m.hidden) return { skip: 'message hidden from the conversation' };
  if (CONTEXT_CONTENT.has(m.contentType)) return { skip: 'custom instructions or memory message' };
  if (m.role === 'user') return { use: 'user' };
  if (m.role !== 'assistant') return { skip: `message with role "${m.role}"` };
  if (REASONING_CONTENT.has(m.contentType) || m.channel === 'analysis') return { skip: 'assistant reasoning message' };
  if (m.contentType === 'code' || (m.recipient !== null && m.recipient !== 'all')) return { skip: 'assistant tool call (code, browsing, image request)' };
  if (!TEXT_CONTENT.has(m.contentType)) return { skip: `assistant message with content type "${m.contentType}"` };
  if (m.text.trim() === '') return { skip: 'empty assistant stub' };
  return { use: 'reply' };
}

/** The messages of one assistant turn, and the user message it answers. */
interface Turn {
  user: ChatGPTNode | null;
  nodes: ChatGPTNode[];
}

/** One version of a turn, read. */
interface Version {
  first: ChatGPTMessage;
  text: string;
  model: string | null;
  time: number | null;
  userTime: number | null;
  user: string | undefined;
  shown: boolean;
}

/** What reading versions adds to as it goes. */
interface WalkState {
  out: ImportedConversation;
  /** Nodes read as part of some version (the rest are off the shown branch). */
  seen: Set<string>;
  defaultModel: string | null;
}

export function walkChatGPT(raw: Record<string, unknown>, place: ConversationPlace): ImportedConversation {
  const id = nonEmptyString(raw.conversation_id) ?? nonEmptyString(raw.id);
  if (id === undefined) place.fail('has neither "conversation_id" nor "id"');
  place.id = id;
  const nodes = readMapping(raw.mapping, place);
  const current = raw.current_node ?? null;
  if (current !== null && (typeof current !== 'string' || !nodes.has(current))) place.fail(`current_node ${String(current)} is not in the mapping`);
  const path = shownPath(nodes, current, place);

  const title = nonEmptyString(raw.title);
  const out: ImportedConversation = { index: place.index, site: 'chatgpt', id, title, replies: [], skipped: {}, notes: {} };
  const state: WalkState = { out, seen: new Set(path.map((n) => n.id)), defaultModel: nonEmptyString(raw.default_model_slug) ?? null };
  const conversationTime = secondsToMs(raw.create_time) ?? secondsToMs(raw.update_time);
  let previous: string | undefined;
  let previousMessage: string | undefined;
  let lastTime: number | null = null;
  for (const turn of pathTurns(path)) {
    const versions = versionCandidates(turn, nodes).flatMap((candidate) => readVersion(state, candidate, candidate === turn) ?? []);
    // Numbered in creation order (timeless ones last, in tree order), so a version made later
    // always gets the next number and keys already stored stay the same.
    versions.sort((a, b) => creation(a) - creation(b));
    for (const [i, v] of versions.entries()) {
      const time = replyTime(out, v.time, v.userTime ?? lastTime ?? conversationTime);
      if (time === null) continue;
      out.replies.push({
        site: 'chatgpt', conversation: id, message: versions[0]!.first.id, version: i + 1, source: v.first.id,
        time, model: v.model, user: v.user, previous, previousMessage, reply: v.text, shown: v.shown, title, url: `https://chatgpt.com/c/${id}`,
      });
    }
    lastTime = turn.nodes.reduce<number | null>((t, n) => n.message?.time ?? t, lastTime);
    const shown = versions.find((v) => v.shown);
    if (shown) [previous, previousMessage] = [shown.text, versions[0]!.first.id];
  }

  for (const node of nodes.values()) {
    if (node.message !== null && !state.seen.has(node.id)) addCount(out.skipped, 'message off the shown branch');
  }
  if (![...nodes.values()].some((n) => n.message !== null)) addCount(out.skipped, 'conversation with no messages');
  return out;
}

function creation(v: Version): number {
  return v.time ?? Number.MAX_SAFE_INTEGER;
}

/** Joins a turn's text messages into one reply, counting what it leaves out; null when none has text. */
function readVersion({ out, seen, defaultModel }: WalkState, turn: Turn, shown: boolean): Version | null {
  const texts: string[] = [];
  let first: ChatGPTMessage | null = null;
  if (turn.user !== null) seen.add(turn.user.id);
  for (const node of turn.nodes) {
    seen.add(node.id);
    if (node.message === null) continue;
    const use = classify(node.message);
    if ('skip' in use) {
      addCount(out.skipped, use.skip);
      continue;
    }
    first ??= node.message;
    texts.push(node.message.text);
    const { status } = node.message;
    if (status !== null && status !== 'finished_successfully') addCount(out.notes, `assistant message with status "${status}" taken as is`);
  }
  if (first === null) return null;
  const messages = turn.nodes.flatMap((n) => n.message ?? []);
  const user = turn.user?.message ?? null;
  return {
    first,
    text: texts.join('\n\n'),
    model: first.model ?? messages.find((m) => m.model !== null)?.model ?? defaultModel,
    time: first.time ?? messages.find((m) => m.time !== null)?.time ?? null,
    userTime: user?.time ?? null,
    user: user?.text.trim() ? user.text : undefined,
    shown,
  };
}

/** Node ids from the root down to current_node (or, without one, to the newest leaf). */
function shownPath(nodes: ChatGPTMapping, current: string | null, place: ConversationPlace): ChatGPTNode[] {
  const leaf = current ?? newestLeaf(nodes);
  const path: ChatGPTNode[] = [];
  const onPath = new Set<string>();
  for (let id = leaf; id !== null; ) {
    if (onPath.has(id)) place.fail(`mapping has a parent cycle through node ${id}`);
    onPath.add(id);
    const node = nodes.get(id)!;
    path.push(node);
    id = node.parent;
  }
  return path.reverse();
}

function newestLeaf(nodes: ChatGPTMapping): string | null {
  const root = [...nodes.values()].find((n) => n.parent === null);
  let node = root;
  while (node !== undefined && node.children.length > 0) node = nodes.get(node.children.at(-1)!);
  return node?.id ?? null;
}

/** Splits the shown path into assistant turns: the messages between one user message and the next. */
function* pathTurns(path: ChatGPTNode[]): Generator<Turn> {
  let user: ChatGPTNode | null = null;
  let turn: Turn | null = null;
  for (const node of path) {
    if (node.message === null) continue;
    if (isUserTurn(node)) {
      if (turn !== null) yield turn;
      turn = null;
      user = node;
    } else {
      turn ??= { user, nodes: [] };
      turn.nodes.push(node);
    }
  }
  if (turn !== null) yield turn;
}

function isUserTurn(node: ChatGPTNode): boolean {
  const use = node.message === null ? null : classify(node.message);
  return use !== null && 'use' in use && use.use === 'user';
}

/**
 * Every version of a turn's slot: each answer to the shown user message (regenerations, A/B
 * variants) and each answer to its edited siblings, in tree order.
 */
function versionCandidates(turn: Turn, nodes: ChatGPTMapping): Turn[] {
  const first = turn.nodes[0];
  if (turn.user === null || first === undefined || first.parent !== turn.user.id) return [turn];
  const parent = turn.user.parent === null ? undefined : nodes.get(turn.user.parent);
  const users = parent === undefined ? [turn.user] : parent.children.map((c) => nodes.get(c)!).filter(isUserTurn);
  return users.flatMap((user) =>
    user.children.map((c) => (c === first.id ? turn : { user, nodes: turnBelow(nodes.get(c)!, nodes) })),
  );
}

/** The messages of an off-branch turn starting at `start`, following the newest child down. */
function turnBelow(start: ChatGPTNode, nodes: ChatGPTMapping): ChatGPTNode[] {
  const out: ChatGPTNode[] = [];
  for (let node: ChatGPTNode | undefined = start; node !== undefined && !isUserTurn(node); node = nodes.get(node.children.at(-1) ?? '')) out.push(node);
  return out;
}

export function isChatGPTConversation(raw: Record<string, unknown>): boolean {
  return 'mapping' in raw;
}
