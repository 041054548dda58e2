import { useState } from 'preact/hooks';
import type { ProbeDatabase } from '../../db';
import { deleteEverything } from '../../db/retention';
import type { Settings } from '../../settings';
import { t, type MessageKey } from '../../i18n/browser';

const TEXT_CHOICES: { value: Settings['textStorage']; label: MessageKey; detail: MessageKey }[] = [
  { value: 'full', label: 'historyKeepFull', detail: 'historyKeepFullDetail' },
  { value: 'evidence', label: 'historyKeepEvidence', detail: 'historyKeepEvidenceDetail' },
  { value: 'scores', label: 'historyKeepScores', detail: 'historyKeepScoresDetail' },
];

const RETENTION_DAYS = [30, 90, 180, 365, 730];

function retentionOptions(current: number | null): number[] {
  return current === null || RETENTION_DAYS.includes(current) ? RETENTION_DAYS : [...RETENTION_DAYS, current].sort((a, b) => a - b);
}

function DeleteEverything({ db, onDeleted }: { db: ProbeDatabase; onDeleted: () => void }) {
  const [step, setStep] = useState<'idle' | 'confirming' | 'deleting' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    setStep('deleting');
    deleteEverything(db).then(
      () => (setStep('done'), onDeleted()),
      (e: unknown) => (setStep('idle'), setError(String(e))),
    );
  };
  return (
    <div class="danger">
      {step === 'confirming' || step === 'deleting' ? (
        <div role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">
            <strong>{t('historyDeleteQuestion')}</strong> {t('historyDeleteWarning')}
          </p>
          <div class="row">
            <button type="button" class="button danger-button" data-testid="confirm-delete" disabled={step === 'deleting'} onClick={confirm}>
              {t('historyDeleteConfirm')}
            </button>
            <button type="button" class="button" onClick={() => setStep('idle')} disabled={step === 'deleting'}>
              {t('historyDeleteKeep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" data-testid="delete-everything" onClick={() => (setError(null), setStep('confirming'))}>
          {t('historyDeleteStart')}
        </button>
      )}
      {step === 'done' && <p role="status">{t('historyDeleted')}</p>}
      {error && (
        <p class="error" role="alert">
          {t('historyDeleteFailed', error)}
        </p>
      )}
    </div>
  );
}

/** What is kept and for how long (shared with the options page through src/settings), and deleting it all. */
export function PrivacySection(props: { db: ProbeDatabase; settings: Settings | null; save: (patch: Partial<Settings>) => void; onDeleted: () => void }) {
  const { settings, save } = props;
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('historyKeepTitle')}</h2>
      <fieldset disabled={!settings}>
        <legend>{t('historyKeepLegend')}</legend>
        {TEXT_CHOICES.map((choice) => (
          <label class="choice" key={choice.value}>
            <input
              type="radio"
              name="text-storage"
              value={choice.value}
              checked={settings?.textStorage === choice.value}
              onChange={() => save({ textStorage: choice.value })}
            />
            <span>
              {t(choice.label)} <span class="muted">— {t(choice.detail)}</span>
            </span>
          </label>
        ))}
        <p class="muted">{t('historyKeepApplies')}</p>
      </fieldset>
      <label class="choice">
        {t('historyRetention')}{' '}
        <select
          data-testid="retention"
          disabled={!settings}
          value={settings?.retentionDays ?? 'forever'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            save({ retentionDays: value === 'forever' ? null : Number(value) });
          }}
        >
          <option value="forever">{t('historyRetentionForever')}</option>
          {retentionOptions(settings?.retentionDays ?? null).map((days) => (
            <option value={days} key={days}>
              {t('optionsRetentionDays', days)}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{t('historyRetentionNote')}</p>
      <DeleteEverything db={props.db} onDeleted={props.onDeleted} />
    </section>
  );
}
