import type { PageStatus, ScoredReply } from '../background/messages';
import type { ReplyInput, SycophancyScore } from '../scorer/types';
import type { ReplyReading, SiteAdapter } from '../sites';
import { attachBadge, createBadge, isBadge, reserveBadge, updateBadge } from './badge';
import { mayChangeTheme } from './badge-theme';

/** Changes are gathered and handled at most this often, never on every mutation. */
const BATCH_MS = 50;
/**
 * While the only changes are replies being written, their end is looked for this often: a token
 * needs no scan of its own, and a finished reply waits SETTLE_MS from its last change anyway, so
 * seeing the end later costs the badge next to nothing.
 */
const STREAMING_BATCH_MS = 100;
/** A finished reply is scored once nothing in it has changed for this long (late re-renders settle). */
const SETTLE_MS = 100;
/** A scan hands the rest of its work to a later task after this long, so no task of ours grows long. */
const SLICE_MS = 8;
/**
 * Only replies this close to the viewport are read, scored and badged: the cost of a page follows
 * what the reader can see, not the length of the conversation (the rest follow as they scroll in).
 * Chat sites scroll an inner element, so the margin is given to scroll containers too (scrollMargin;
 * browsers without it badge a reply as it scrolls into view).
 */
const NEARBY_MARGIN = '1800px 0px';
/**
 * After a scroll or resize, the replies not badged yet are looked at again, at most this often.
 * Between looks nothing is observed: an IntersectionObserver watching every reply of a long
 * conversation recomputes them all on every frame the page renders (each streamed token).
 */
const LOOK_AGAIN_MS = 100;
/**
 * The newest replies are read wherever the viewport is: they are the ones being written and the
 * ones a reopened chat shows first, and they must not wait for the page to render a frame.
 */
const NEWEST_ALWAYS_READ = 3;
/**
 * Badge changes wait for the end of a scan, so that all of a scan's badges are rendered in one
 * frame: on a long page a frame costs more than a slice of our work. At most this many wait.
 */
const MAX_WAITING_BADGE_WRITES = 24;
/** A streaming reply wakes the background at most this often (a stopped worker is woken after ~30 s idle). */
const WAKE_EVERY_MS = 20_000;
/**
 * First wait before asking again for scores the background could not give; doubles up to the last.
 * A background that could not answer was almost always stopped or restarting, and answers the next
 * ask: waits longer than a few seconds would only leave a badge missing (seen after a run of
 * failures while a worker was stopped again and again).
 */
const SCORE_RETRY_MS = [250, 5_000] as const;
/** Everything that can add, change or finish a reply (ids and streaming marks are often attributes). */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true };
/** How long an open conversation may show no turns before we say the layout is not recognized. */
const RECOGNIZE_GRACE_MS = 5000;

interface ReplyState {
  /** Set by the observer when something inside the reply changed. */
  dirty: boolean;
  /**
   * The reply as last read (its text and user turn are read once, when first asked for). Read
   * again only after something in it changed, or while it is written (its end may show outside it).
   */
  reading: ReplyReading | null;
  streaming: boolean;
  text: string;
  /** Text seen finished, waiting for SETTLE_MS to pass unchanged before it is scored. */
  settling: string | null;
  /** When something in the reply last changed (performance.now()); first seen counts as a change. */
  changedAt: number;
  badge: HTMLElement | null;
  badgeText: string | null;
  /** The conversation this reply was stored under (null until stored). */
  owner: string | null;
  /** Within NEARBY_MARGIN of the viewport when it was last looked at. */
  near: boolean;
  /** The text whose score was asked of the background and has not come back yet. */
  scoring: string | null;
}

interface ScoredText {
  text: string;
  userText: string | null;
  score: SycophancyScore;
}

/** A finished reply whose score was asked for, with what is needed to badge and store it once it comes. */
interface ScoreRequest {
  element: Element;
  state: ReplyState;
  input: ReplyInput;
  messageKey: string;
  /** Everything to store but the score; no conversation yet: a new chat's URL names none (badged, not stored). */
  row: Omit<ScoredReply, 'score' | 'conversation'> & { conversation: string | null };
}

/** Scores finished replies (the background does it, off the page's main thread). */
export type ScoreReplies = (inputs: ReplyInput[]) => Promise<SycophancyScore[]>;

/**
 * Watches one tab's chat page with a single MutationObserver. The observer only marks replies
 * dirty; a batched scan visits just the replies that changed (or are still streaming or settling),
 * reads those near the viewport, has each reply scored once when it has finished (all of a scan's
 * replies in one request), and keeps its badge in place across re-renders.
 */
export class ReplyWatcher {
  private replies = new Map<Element, ReplyState>();
  /** Scores by conversation + message, so a re-rendered or re-mounted reply is not scored again. */
  private scored = new Map<string, ScoredText>();
  private observer = new MutationObserver((records) => this.onMutations(records));
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the scheduled scan runs (performance.now()). */
  private scanAt = Infinity;
  private url = '';
  private conversation: string | null = null;
  private navigatedAt = Date.now();
  private replyCount = 0;
  private stopped = false;
  /** replyAround's last answer. */
  private lastAround: { node: Node; reply: Element } | null = null;
  /** Back/Forward and the tab being hidden or shown call for a fresh look. */
  private rescan = () => {
    this.visitAll = true;
    this.schedule();
  };
  private lookTimer: ReturnType<typeof setTimeout> | undefined;
  /** Badge changes waiting for the end of the scan (see MAX_WAITING_BADGE_WRITES). */
  private badgeWrites: (() => void)[] = [];
  /** Scrolling (the page or an inner container) and resizing move replies near the viewport. */
  private lookAgain = () => {
    if (this.lookTimer !== undefined || this.stopped) return;
    this.lookTimer = setTimeout(() => {
      this.lookTimer = undefined;
      for (const [element, state] of this.replies) if (state.badgeText === null) this.nearby.observe(element);
    }, LOOK_AGAIN_MS);
  };
  /** The page's replies as last queried: queried again only after a change outside every known reply. */
  private elements: Element[] = [];
  private elementsStale = true;
  /** Each reply's index in `elements`. */
  private positions = new Map<Element, number>();
  /**
   * Replies that may have work waiting (changed, streaming, settling, come near): a scan visits
   * these, so that a batch of changes costs what changed, not the length of the conversation.
   */
  private due = new Set<Element>();
  /** The next scan visits every reply: the list of replies or the tab's visibility changed. */
  private visitAll = true;
  private nearby = new IntersectionObserver((entries) => this.onNearby(entries), {
    rootMargin: NEARBY_MARGIN,
    scrollMargin: NEARBY_MARGIN,
  });

  /** Finished replies found by the current scan, to be scored together at its end. */
  private toScore: ScoreRequest[] = [];
  /** Requests the background could not answer, asked again with the next ones or after a wait. */
  private failedScores: ScoreRequest[] = [];
  private scoreRetryTimer: ReturnType<typeof setTimeout> | undefined;
  private scoreRetryMs: number = SCORE_RETRY_MS[0];
  private wokenAt = -Infinity;

  constructor(
    private adapter: SiteAdapter,
    private scoreReplies: ScoreReplies,
    private deliver: (replies: ScoredReply[]) => void,
    private wake: () => void = () => {},
    /** The page may have switched between light and dark. */
    private themeChanged: () => void = () => {},
  ) {}

  start(): void {
    this.observer.observe(document.documentElement, OBSERVED);
    addEventListener('popstate', this.rescan);
    document.addEventListener('visibilitychange', this.rescan);
    // Scroll events do not bubble; a capturing listener hears inner scroll containers too.
    addEventListener('scroll', this.lookAgain, { capture: true, passive: true });
    addEventListener('resize', this.lookAgain);
    this.scan();
  }

  /** Stops for good (the site was paused): no more scans, badges or deliveries. */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    removeEventListener('popstate', this.rescan);
    document.removeEventListener('visibilitychange', this.rescan);
    removeEventListener('scroll', this.lookAgain, { capture: true });
    removeEventListener('resize', this.lookAgain);
    clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
    clearTimeout(this.lookTimer);
    this.badgeWrites = [];
    this.toScore = [];
    this.failedScores = [];
    clearTimeout(this.scoreRetryTimer);
    this.nearby.disconnect();
  }

  status(): Omit<PageStatus, 'unsaved'> {
    const layout =
      this.conversation === null
        ? this.replyCount > 0 ? 'recognized' : 'no-conversation'
        : this.replyCount > 0
          ? 'recognized'
          : Date.now() - this.navigatedAt < RECOGNIZE_GRACE_MS
            ? 'waiting'
            : 'not-recognized';
    return {
      site: this.adapter.id,
      siteName: this.adapter.name,
      layout,
      conversation: this.conversation,
      replies: this.replyCount,
      scored: [...this.replies.values()].filter((s) => s.badge !== null).length,
    };
  }

  private onMutations(records: MutationRecord[]): void {
    const now = performance.now();
    let relevant = false;
    /** Every relevant change is inside a reply being written: its end is looked for less often. */
    let streamingOnly = true;
    for (const record of records) {
      if (record.type === 'attributes') {
        // Our badges' own attributes (placement, score) say nothing about the page.
        if (isBadge(record.target)) continue;
        if (mayChangeTheme(record)) this.themeChanged();
      }
      const reply = this.replyAround(record.target);
      const state = reply && this.replies.get(reply);
      // Changes within a reply cannot add or remove replies; a reply's own attributes might.
      const insideReply = state !== undefined && (record.type !== 'attributes' || reply !== record.target);
      // Our own changes outside writeBadges (new settings) count too: they only delay a score a little.
      if (insideReply) state.changedAt = now;
      // A reply already marked changed needs nothing more (a streaming reply changes with each token).
      if (insideReply && state.dirty) continue;
      if (isOwnChange(record)) {
        // Our badge moved, or the site's re-render took it away: the scan puts it back if it is gone.
        if (reply && record.removedNodes.length > 0) {
          this.due.add(reply);
          relevant = true;
        }
        continue;
      }
      // Text changing outside every reply (the composer as the user types) cannot add or remove a reply.
      if (!insideReply && record.type === 'characterData') continue;
      relevant = true;
      if (!insideReply || !state.streaming) streamingOnly = false;
      if (reply && state) {
        state.dirty = true;
        this.due.add(reply);
      }
      if (!insideReply) this.elementsStale = true;
    }
    if (relevant) this.schedule(streamingOnly ? STREAMING_BATCH_MS : BATCH_MS);
  }

  /** The known reply that holds (or is) `node`. */
  private replyAround(node: Node | null): Element | undefined {
    // A streaming reply's changes land in the same few nodes batch after batch: the last answer
    // is checked first (one native containment test instead of a walk through the ancestors).
    const last = this.lastAround;
    if (last && node && last.node === node && this.replies.has(last.reply) && last.reply.contains(node)) return last.reply;
    for (let at = node; at; at = at.parentNode) {
      if (!this.replies.has(at as Element)) continue;
      if (node) this.lastAround = { node, reply: at as Element };
      return at as Element;
    }
    return undefined;
  }

  /** Has a scan run within `delay` ms: the one already scheduled, or one brought forward. */
  private schedule(delay = BATCH_MS): void {
    if (this.stopped) return;
    const at = performance.now() + delay;
    if (this.scanTimer !== undefined) {
      if (at >= this.scanAt) return;
      clearTimeout(this.scanTimer);
    }
    this.scanAt = at;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scanAt = Infinity;
      this.scan();
    }, delay);
  }

  private scan(): void {
    const deadline = performance.now() + SLICE_MS;
    this.noticeNavigation();
    if (this.elementsStale) {
      this.elementsStale = false;
      const elements = this.adapter.replyElements(document);
      // Most changes outside the replies (a button, the sidebar) leave the list as it was.
      if (!sameElements(elements, this.elements)) {
        this.elements = elements;
        this.positions = new Map(elements.map((element, index) => [element, index]));
        this.visitAll = true;
        for (const [element] of this.replies) {
          if (element.isConnected) continue;
          this.replies.delete(element);
          this.nearby.unobserve(element);
        }
      }
    }
    const elements = this.elements;
    this.replyCount = elements.length;
    const hidden = document.hidden;
    const visitAll = this.visitAll;
    const visits = visitAll ? elements : [...this.due].sort((a, b) => (this.positions.get(a) ?? -1) - (this.positions.get(b) ?? -1));
    for (const element of visits) {
      const index = this.positions.get(element);
      if (index === undefined) {
        this.due.delete(element); // no longer on the page
        continue;
      }
      let state = this.replies.get(element);
      if (!state) {
        state = { dirty: true, reading: null, streaming: false, text: '', settling: null, changedAt: performance.now(), badge: null, badgeText: null, owner: null, near: false, scoring: null };
        this.replies.set(element, state);
        this.nearby.observe(element);
      }
      // A hidden tab renders nothing, so no viewport tells what is near: every reply counts. A
      // badged reply is read again wherever it is when it changes, to keep its badge true.
      const wanted = state.near || state.badgeText !== null || hidden || index >= elements.length - NEWEST_ALWAYS_READ;
      if (wanted && (state.dirty || state.streaming || settled(state))) {
        // A reopened long conversation is many replies to read and score: a slice at a time.
        if (performance.now() > deadline) {
          // A hidden tab renders no frames to save.
          if (hidden || this.badgeWrites.length >= MAX_WAITING_BADGE_WRITES) this.writeBadges();
          this.requestScores();
          return this.schedule(0);
        }
        this.read(element, state, index, elements[index - 1]);
      } else {
        // Back once it has been quiet for long enough.
        if (wanted && state.settling !== null) this.schedule(untilSettled(state));
        if (state.badge && !state.badge.isConnected) {
          const badge = state.badge;
          this.badgeWrites.push(() => attachBadge(element, badge));
        }
      }
      // Due again while something is still to come where it matters: a change to read, the end
      // of streaming or of settling. A reply away from the viewport is due again once near.
      if (wanted && (state.dirty || state.streaming || state.settling !== null)) this.due.add(element);
      else this.due.delete(element);
    }
    this.visitAll = false;
    this.writeBadges();
    this.requestScores();
  }

  private writeBadges(): void {
    const writes = this.badgeWrites;
    if (writes.length === 0) return;
    this.badgeWrites = [];
    // Our own insertions need no records (a dozen per badge): the observer is off while they are
    // made. What the page changed before is handled as usual.
    const before = this.observer.takeRecords();
    this.observer.disconnect();
    try {
      for (const write of writes) write();
    } finally {
      this.observer.observe(document.documentElement, OBSERVED);
    }
    if (before.length > 0) this.onMutations(before);
  }

  /** What a look found: each reply is observed until its first report only (see LOOK_AGAIN_MS). */
  private onNearby(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      this.nearby.unobserve(entry.target);
      const state = this.replies.get(entry.target);
      if (!state) continue;
      state.near = entry.isIntersecting;
      if (!state.near) continue;
      // Changes made while it was away marked it dirty already; a reply never read needs a first read.
      if (state.reading === null) state.dirty = true;
      this.due.add(entry.target);
    }
    this.schedule();
  }

  /** The text of the reply before the one being scored: read now if it never came near the viewport. */
  private textOf(reply: Element | undefined): string | undefined {
    if (!reply) return undefined;
    const state = this.replies.get(reply);
    return (state && !state.dirty ? state.text : this.adapter.readReply(reply, false).text) || undefined;
  }

  /** The message id a reply is stored under (its position when the site names none). */
  private messageOf(reply: Element, index: number): string {
    return this.replies.get(reply)?.reading?.messageId ?? `position-${index}`;
  }

  private read(element: Element, state: ReplyState, index: number, previousReply: Element | undefined): void {
    // The observer reports every change, so a finished reply in which nothing changed reads as before.
    const reading =
      state.reading && !state.dirty && !state.streaming ? state.reading : this.adapter.readReply(element, index === this.elements.length - 1);
    state.reading = reading;
    state.dirty = false;
    if (reading.streaming) this.wakeBackground();
    state.streaming = reading.streaming;
    // A streaming reply's text is not read: nothing uses it before the reply has finished.
    const text = reading.streaming ? '' : reading.text;
    state.text = text;
    if (reading.streaming || text === '') {
      state.settling = null;
      if (reading.streaming) this.badgeWrites.push(() => reserveBadge(element));
      return;
    }
    // A site that moves to another conversation's URL before replacing the old turns: the turns
    // still on screen belong to the conversation they were stored under, not to the new one.
    if (state.owner !== null && state.owner !== this.conversation && state.badgeText === text) {
      state.settling = null;
      return;
    }
    const message = this.messageOf(element, index);
    const messageKey = `${this.conversation ?? location.pathname}|${message}`;
    const known = this.scored.get(messageKey);
    if (known?.text === text) {
      this.showBadge(element, state, known);
      state.settling = null;
      state.owner = this.conversation;
      return;
    }
    if (state.scoring === text) {
      state.settling = null; // its score is on its way
      return;
    }
    state.settling = text;
    // Back once it has been quiet for long enough (and sooner if it changes again).
    if (!settled(state)) return this.schedule(untilSettled(state));
    state.settling = null;
    state.scoring = text;
    this.toScore.push({
      element,
      state,
      input: { reply: text, user: reading.userText ?? undefined, previous: this.textOf(previousReply) },
      messageKey,
      row: { site: this.adapter.id, conversation: this.conversation, message, time: Date.now(), model: reading.model, url: location.href, text, userText: reading.userText, previousMessage: previousReply ? this.messageOf(previousReply, index - 1) : null },
    });
  }

  /** Asks for the scores of the replies this scan found finished (and of any still owed), in one request. */
  private requestScores(): void {
    if (this.toScore.length === 0 && this.failedScores.length === 0) return;
    // A failed request only counts for replies still on the page with the same text (a changed one was asked for anew).
    const owed = this.failedScores.filter(({ element, state, input }) => this.replies.get(element) === state && state.scoring === input.reply);
    const requests = [...owed, ...this.toScore];
    this.failedScores = [];
    this.toScore = [];
    clearTimeout(this.scoreRetryTimer);
    this.scoreRetryTimer = undefined;
    if (requests.length === 0) return;
    this.scoreReplies(requests.map((request) => request.input)).then(
      (scores) => this.onScores(requests, scores),
      (error: unknown) => this.onScoresFailed(requests, error),
    );
  }

  private onScores(requests: ScoreRequest[], scores: SycophancyScore[]): void {
    if (this.stopped) return;
    this.scoreRetryMs = SCORE_RETRY_MS[0];
    const finished: ScoredReply[] = [];
    requests.forEach(({ element, state, input, messageKey, row }, index) => {
      const score = scores[index];
      if (!score) return;
      if (state.scoring === input.reply) state.scoring = null;
      const scored = { text: row.text, userText: row.userText, score };
      this.scored.set(messageKey, scored);
      // The reply may have changed, or left the page, while its score was on its way.
      if (this.replies.get(element) === state && state.text === input.reply) this.showBadge(element, state, scored);
      // A new chat whose URL does not name the conversation yet still gets its badge; it is stored
      // once the site moves to the conversation's URL (every reply is re-read then).
      if (row.conversation !== null) {
        state.owner = row.conversation;
        finished.push({ ...row, conversation: row.conversation, score });
      }
    });
    this.writeBadges();
    if (finished.length > 0) this.deliver(finished);
  }

  /** The background could not score now (restarting, or the extension was updated): ask again soon. */
  private onScoresFailed(requests: ScoreRequest[], error: unknown): void {
    if (this.stopped) return;
    console.warn(`Sycophancy Probe: replies could not be scored yet (${error instanceof Error ? error.message : String(error)}); trying again.`);
    this.failedScores.push(...requests);
    if (this.scoreRetryTimer !== undefined) return;
    this.scoreRetryTimer = setTimeout(() => this.requestScores(), this.scoreRetryMs);
    this.scoreRetryMs = Math.min(this.scoreRetryMs * 2, SCORE_RETRY_MS[1]);
  }

  /** A reply is streaming: its score will be wanted soon, from a background that may be stopped. */
  private wakeBackground(): void {
    const now = performance.now();
    if (now - this.wokenAt < WAKE_EVERY_MS) return;
    this.wokenAt = now;
    this.wake();
  }

  /** Makes the reply's badge (off the page) now; puts it on the page with the scan's other badges. */
  private showBadge(element: Element, state: ReplyState, scored: ScoredText): void {
    const data = { score: scored.score, userText: scored.userText, replyLength: scored.text.length };
    const changed = state.badge !== null && state.badgeText !== scored.text;
    const badge = (state.badge ??= createBadge(data));
    state.badgeText = scored.text;
    // Re-attached even when connected: a re-rendered reply needs its evidence highlights again.
    this.badgeWrites.push(() => {
      if (changed) updateBadge(badge, data);
      attachBadge(element, badge);
    });
  }

  /** Single-page apps change the URL without a reload; the isolated world cannot see pushState, so compare on each scan. */
  private noticeNavigation(): void {
    if (location.href === this.url) return;
    this.url = location.href;
    const conversation = this.adapter.conversationId(new URL(location.href));
    if (conversation !== this.conversation) {
      this.conversation = conversation;
      this.navigatedAt = Date.now();
      this.elementsStale = true;
      this.visitAll = true;
      for (const state of this.replies.values()) state.dirty = true;
    }
  }
}

/** How long until the reply has not changed for SETTLE_MS. */
function untilSettled(state: ReplyState): number {
  return state.changedAt + SETTLE_MS - performance.now();
}

/** True once a reply seen finished has not changed for SETTLE_MS (timers may fire a hair early). */
function settled(state: ReplyState): boolean {
  return state.settling !== null && untilSettled(state) <= 1;
}

function sameElements(a: Element[], b: Element[]): boolean {
  return a.length === b.length && a.every((element, index) => element === b[index]);
}

/** Our own badge insertions must not wake the scanner again. */
function isOwnChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return isBadge(record.target);
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const node of addedNodes) if (!isBadge(node)) return false;
  for (const node of removedNodes) if (!isBadge(node)) return false;
  return true;
}
