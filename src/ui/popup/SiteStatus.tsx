import type { PageStatus } from '../../background/messages';
import { plural, t, type MessageKey } from '../../i18n/browser';

type Layout = PageStatus['layout'];

const LAYOUT_TEXT: Record<Layout, MessageKey> = {
  recognized: 'statusRecognized',
  waiting: 'statusWaiting',
  'not-recognized': 'statusNotRecognized',
  'no-conversation': 'statusNoConversation',
  paused: 'statusPaused',
};

interface Props {
  /** undefined while the tab is asked; null when no content script answers (not a chat site). */
  status: PageStatus | null | undefined;
  /** What the settings say, which the tab may not have applied yet. */
  paused: boolean;
  onPause: (paused: boolean) => void;
}

/** The settings are the truth about pausing; the tab's answer may still be on its way. */
function shownLayout(status: PageStatus, paused: boolean): Layout {
  if (paused) return 'paused';
  return status.layout === 'paused' ? 'waiting' : status.layout;
}

export function SiteStatus({ status, paused, onPause }: Props) {
  if (status === undefined) return <p class="site muted" id="site-status">{t('statusChecking')}</p>;
  if (status === null) {
    return (
      <p class="site muted" id="site-status" data-layout="unsupported">
        {t('statusNotChat')}
      </p>
    );
  }
  const layout = shownLayout(status, paused);
  return (
    <section class={`site ${layout}`} id="site-status" data-layout={layout} aria-labelledby="site-name">
      <p>
        <strong id="site-name">{status.siteName}</strong>
        <span class="site-state">{t(LAYOUT_TEXT[layout])}</span>
        {layout === 'recognized' && <span class="muted">{t('statusScoredCount', [status.scored, status.replies])}</span>}
        {status.unsaved > 0 && <span class="warning">{plural('statusUnsaved', status.unsaved)}</span>}
      </p>
      <button type="button" class="button" id="pause-toggle" aria-pressed={paused} onClick={() => onPause(!paused)}>
        {t(paused ? 'popupResume' : 'popupPause', status.siteName)}
      </button>
    </section>
  );
}
