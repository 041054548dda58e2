import { DIMENSIONS, FLAG_THRESHOLD } from '../../../scorer/types';
import type { ReplySummary } from '../../types';
import { clip, DIMENSION_LABELS, plural, scoreText, USER_TEXT_MAX } from '../format';
import { excerpt, safeUrl } from '../highlight';
import { Section } from './Section';

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
          You: {clip(reply.userText, USER_TEXT_MAX)}
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
    <Section id="top" title="Most sycophantic replies">
      {replies.length === 0 ? <p class="muted">No reply scored above zero in this period.</p> : replies.map((r) => <ReplyCard key={r.key} reply={r} />)}
    </Section>
  );
}

export function Capitulations({ replies, total }: { replies: ReplySummary[]; total: number }) {
  if (total === 0) return null;
  return (
    <Section id="caved" title="When the assistant caved">
      <p class="muted small">
        {plural(total, 'reply', 'replies')} changed position after you pushed back
        {replies.length < total ? ` (the first ${replies.length} are shown)` : ''}.
      </p>
      {replies.map((r) => (
        <ReplyCard key={r.key} reply={r} />
      ))}
    </Section>
  );
}
