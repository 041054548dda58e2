import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../../background/messages';
import { ProbeDatabase } from '../../db';
import { summarize, type DaySummary } from '../../db/replies';
import { FLAG_THRESHOLD } from '../../scorer/types';
import { activeTabStatus } from './tab-status';

function startOfToday(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

const LAYOUT_TEXT: Record<PageStatus['layout'], string> = {
  recognized: 'Watching this conversation',
  waiting: 'Waiting for the conversation to load…',
  'not-recognized': 'Layout not recognized: this site may have changed its page. Replies here are not being scored.',
  'no-conversation': 'Open a conversation to see scores',
};

function SiteStatus({ status }: { status: PageStatus | null | undefined }) {
  if (status === undefined) return <p id="site-status">Checking this tab…</p>;
  if (status === null) return <p id="site-status" data-layout="unsupported">Not a supported chat site.</p>;
  return (
    <p id="site-status" data-layout={status.layout} class={status.layout === 'not-recognized' ? 'warning' : ''}>
      <strong>{status.siteName}</strong>: {LAYOUT_TEXT[status.layout]}
      {status.layout === 'recognized' && ` (${status.scored} of ${status.replies} replies scored)`}
      {status.unsaved > 0 && <span class="warning"> · {status.unsaved} score(s) waiting to be saved</span>}
    </p>
  );
}

export function Popup() {
  const [today, setToday] = useState<DaySummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);

  useEffect(() => {
    const db = new ProbeDatabase();
    const from = startOfToday();
    summarize(db, from, from + 86_400_000, FLAG_THRESHOLD).then(setToday, (e: unknown) => setError(String(e)));
    activeTabStatus().then(setStatus, () => setStatus(null));
    return () => db.close();
  }, []);

  return (
    <main>
      <h1>Sycophancy Probe</h1>
      <SiteStatus status={status} />
      <section aria-labelledby="today-heading">
        <h2 id="today-heading">Today</h2>
        {error && <p class="warning">Could not read your history: {error}</p>}
        <dl class="figures">
          <div>
            <dt>Replies scored</dt>
            <dd id="reply-count">{today ? today.replies : '…'}</dd>
          </div>
          <div>
            <dt>Average score</dt>
            <dd id="average-score">{today ? (today.averageOverall === null ? '–' : Math.round(today.averageOverall)) : '…'}</dd>
          </div>
          <div>
            <dt>Flagged</dt>
            <dd id="flagged-count">{today ? today.flagged : '…'}</dd>
          </div>
        </dl>
      </section>
      <p class="privacy">Scored on this device. Nothing leaves your browser.</p>
    </main>
  );
}
