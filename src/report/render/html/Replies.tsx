import { DIMENSIONS, FLAG_THRESHOLD, raisedInReply } from '../../../scorer/types';
import type { ReplySummary } from '../../types';
import { clip, previousAnswerQuotes } from '../../../display/quotes';
import { USER_TEXT_MAX } from '../format';
import type { ReportText } from '../text';
import { excerpt, safeUrl } from '../highlight';
import { Section } from './Section';

/** The reply with what raised its scores marked; without stored text, those phrases alone. */
function ReplyText({ reply, text }: { reply: ReplySummary; text: ReportText }) {
  if (reply.text === undefined) {
    const phrases = reply.evidence.filter(raisedInReply);
    if (phrases.length === 0) return null;
    return (
      <p class="reply-text">
        <span class="muted">{`${text.t('reportTextNotStored')} `}</span>
        {phrases.map((e, i) => (
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
          <mark key={i} class={s.mark} title={text.dimension(s.mark)}>
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

/** What a capitulation dropped from its previous answer: not in the reply, so quoted beside it. */
function DroppedFromPrevious({ reply, text }: { reply: ReplySummary; text: ReportText }) {
  const quotes = previousAnswerQuotes(reply.evidence);
  if (quotes.length === 0) return null;
  return (
    <ul class="dropped">
      {quotes.map((q, i) => (
        <li key={i}>{text.t('evidenceFromPrevious', q.text)}</li>
      ))}
    </ul>
  );
}

function ReplyCard({ reply, text }: { reply: ReplySummary; text: ReportText }) {
  const url = safeUrl(reply.url);
  const flagged = reply.overall !== null && reply.overall >= FLAG_THRESHOLD;
  return (
    <article class="reply">
      <div class="reply-head">
        <span class={flagged ? 'score' : 'score low'}>{text.score(reply.overall)}/100</span>
        <span>{reply.localTime}</span>
        <span>{reply.site}</span>
        {reply.model && <span>{reply.model}</span>}
        {reply.capitulation && <span>{text.t('reportCavedTag')}</span>}
        {url && (
          <a href={url} rel="noopener noreferrer">
            {text.t('reportOpenConversation')}
          </a>
        )}
      </div>
      {reply.userText !== undefined && <p class="user-text">{text.t('reportYouSaid', clip(reply.userText, USER_TEXT_MAX))}</p>}
      <ReplyText reply={reply} text={text} />
      <DroppedFromPrevious reply={reply} text={text} />
      <div class="chips">
        {DIMENSIONS.map((d) => (
          <span key={d} class="chip">
            <span class={`dot ${d}`} aria-hidden="true" />
            {text.dimension(d)} {text.score(reply.dimensions[d])}
          </span>
        ))}
      </div>
    </article>
  );
}

export function TopReplies({ replies, text }: { replies: ReplySummary[]; text: ReportText }) {
  return (
    <Section id="top" title={text.t('reportSectionTop')}>
      {replies.length === 0 ? <p class="muted">{text.t('reportNoTopReplies')}</p> : replies.map((r) => <ReplyCard key={r.key} reply={r} text={text} />)}
    </Section>
  );
}

export function Capitulations({ replies, total, text }: { replies: ReplySummary[]; total: number; text: ReportText }) {
  if (total === 0) return null;
  return (
    <Section id="caved" title={text.t('reportSectionCaved')}>
      <p class="muted small">
        {replies.length < total ? text.t('reportCavedIntroShown', [text.count(total), text.count(replies.length)]) : text.plural('reportCavedIntro', total)}
      </p>
      {replies.map((r) => (
        <ReplyCard key={r.key} reply={r} text={text} />
      ))}
    </Section>
  );
}
