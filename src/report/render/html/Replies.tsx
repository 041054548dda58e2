import { DIMENSIONS, FLAG_THRESHOLD } from '../../../scorer/types';
import type { ReplySummary } from '../../types';
import { DIMENSION_LABELS, plural, scoreText } from '../format';
import { excerpt, safeUrl } from '../highlight';

/** The reply with its evidence marked; without stored text, the evidence phrases alone. */
function ReplyText({ reply }: { reply: ReplySummary }) {
  if (reply.text === undefined) {
    if (reply.evidence.length === 0) return null;
    return (
      <p class="reply-text">
        <span class="muted">Text not stored; evidence: </span>
        {reply.evidence.map((e, i) => (
          <span key={i}>
            {i > 0 && ' · '}
            <mark class={e.dimension}>{e.text}</mark>
          </span>
        ))}
      </p>
    );
  }
  const { segments, cutStart, cutEnd } = excerpt(reply.text, reply.evidence);
  return (
    <p class="reply-text">
      {cutStart && '…'}
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} class={s.mark} title={DIMENSION_LABELS[s.mark]}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
      {cutEnd && '…'}
    </p>
  );
}

function ReplyCard({ reply }: { reply: ReplySummary }) {
  const url = safeUrl(reply.url);
  const flagged = reply.overall !== null && reply.overall >= FLAG_THRESHOLD;
  return (
    <article class="reply">
      <div class="reply-head">
        <span class={flagged ? 'score' : 'score low'}>{scoreText(reply.overall)}/100</span>
        <span>{reply.localTime}</span>
        <span>{reply.site}</span>
        {reply.model && <span>{reply.model}</span>}
        {reply.capitulation && <span>caved after push-back</span>}
        {url && (
          <a href={url} rel="noopener noreferrer">
            Open conversation
          </a>
        )}
      </div>
      {reply.userText !== undefined && (
        <p class="user-text">
          You: {reply.userText.length > 200 ? `${reply.userText.slice(0, 200)}…` : reply.userText}
        </p>
      )}
      <ReplyText reply={reply} />
      <div class="chips">
        {DIMENSIONS.map((d) => (
          <span key={d} class="chip">
            <span class={`dot ${d}`} aria-hidden="true" />
            {DIMENSION_LABELS[d]} {scoreText(reply.dimensions[d])}
          </span>
        ))}
      </div>
    </article>
  );
}

export function TopReplies({ replies }: { replies: ReplySummary[] }) {
  return (
    <section aria-labelledby="top-h">
      <h2 id="top-h">Most sycophantic replies</h2>
      {replies.length === 0 ? <p class="muted">No reply scored above zero in this period.</p> : replies.map((r) => <ReplyCard key={r.key} reply={r} />)}
    </section>
  );
}

export function Capitulations({ replies, total }: { replies: ReplySummary[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="caved-h">
      <h2 id="caved-h">When the assistant caved</h2>
      <p class="muted small">
        {plural(total, 'reply', 'replies')} changed position after you pushed back
        {replies.length < total ? ` (the first ${replies.length} are shown)` : ''}.
      </p>
      {replies.map((r) => (
        <ReplyCard key={r.key} reply={r} />
      ))}
    </section>
  );
}
