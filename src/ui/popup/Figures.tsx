import type { DaySummary } from '../../db/replies';
import { currentLanguage, t, type MessageKey } from '../../i18n/browser';

export interface PeriodFigures {
  label: MessageKey;
  /** Prefix of the cells' ids, so tests and people can point at one figure. */
  idPrefix: string;
  summary: DaySummary | null;
}

function share(summary: DaySummary): string {
  if (summary.replies === 0) return '–';
  return new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(summary.flagged / summary.replies);
}

/** Replies, share flagged and average score, one row per period. */
export function Figures({ rows }: { rows: PeriodFigures[] }) {
  return (
    <table class="figures">
      <caption class="sr-only">{t('popupFiguresCaption')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('popupReplies')}</th>
          <th scope="col">{t('popupFlaggedShare')}</th>
          <th scope="col">{t('popupAverage')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, idPrefix, summary }) => (
          <tr key={idPrefix}>
            <th scope="row">{t(label)}</th>
            <td id={`${idPrefix}reply-count`}>{summary ? summary.replies : '…'}</td>
            <td id={`${idPrefix}flagged-share`}>{summary ? share(summary) : '…'}</td>
            <td id={`${idPrefix}average-score`}>
              {summary ? (summary.averageOverall === null ? '–' : Math.round(summary.averageOverall)) : '…'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
