import { useEffect, useState } from 'preact/hooks';
import type { ProbeDatabase } from '../../db';

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

const day = (time: number | null) => (time === null ? '–' : new Date(time).toLocaleDateString());

/** What the history holds now; `version` changes whenever something may have changed it. */
export function Overview({ db, version }: { db: ProbeDatabase; version: number }) {
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readFigures(db).then(setFigures, (e: unknown) => setError(String(e)));
  }, [db, version]);
  if (error) return <p class="error" role="alert">Could not read your history: {error}</p>;
  return (
    <dl class="overview" data-testid="overview">
      <div>
        <dt>Replies</dt>
        <dd data-testid="reply-total">{figures ? figures.replies.toLocaleString() : '…'}</dd>
      </div>
      <div>
        <dt>Conversations</dt>
        <dd>{figures ? figures.conversations.toLocaleString() : '…'}</dd>
      </div>
      <div>
        <dt>From imports</dt>
        <dd>{figures ? figures.imported.toLocaleString() : '…'}</dd>
      </div>
      <div>
        <dt>From – to</dt>
        <dd>{figures ? `${day(figures.oldest)} – ${day(figures.newest)}` : '…'}</dd>
      </div>
    </dl>
  );
}
