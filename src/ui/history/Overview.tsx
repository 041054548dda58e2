import { useEffect, useState } from 'preact/hooks';
import type { ProbeDatabase } from '../../db';
import { currentLanguage, formatNumber, t } from '../../i18n/browser';

interface Figures {
  replies: number;
  conversations: number;
  imported: number;
  oldest: number | null;
  newest: number | null;
}

async function readFigures(db: ProbeDatabase): Promise<Figures> {
  const [replies, conversations, imported, oldest, newest] = await Promise.all([
    db.replies.count(),
    db.conversations.count(),
    db.replies.where('origin').equals('import').count(),
    db.replies.orderBy('time').first(),
    db.replies.orderBy('time').last(),
  ]);
  return { replies, conversations, imported, oldest: oldest?.time ?? null, newest: newest?.time ?? null };
}

const day = (time: number | null) => (time === null ? '–' : new Date(time).toLocaleDateString(currentLanguage()));

/** What the history holds now; `version` changes whenever something may have changed it. */
export function Overview({ db, version }: { db: ProbeDatabase; version: number }) {
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readFigures(db).then(setFigures, (e: unknown) => setError(String(e)));
  }, [db, version]);
  if (error) return <p class="error" role="alert">{t('popupHistoryError', error)}</p>;
  return (
    <dl class="overview" data-testid="overview">
      <div>
        <dt>{t('historyReplies')}</dt>
        <dd data-testid="reply-total">{figures ? formatNumber(figures.replies) : '…'}</dd>
      </div>
      <div>
        <dt>{t('historyConversations')}</dt>
        <dd>{figures ? formatNumber(figures.conversations) : '…'}</dd>
      </div>
      <div>
        <dt>{t('historyImported')}</dt>
        <dd>{figures ? formatNumber(figures.imported) : '…'}</dd>
      </div>
      <div>
        <dt>{t('historySpan')}</dt>
        <dd>{figures ? `${day(figures.oldest)} – ${day(figures.newest)}` : '…'}</dd>
      </div>
    </dl>
  );
}
