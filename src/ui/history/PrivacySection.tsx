import { useState } from 'preact/hooks';
import type { ProbeDatabase } from '../../db';
import { deleteEverything } from '../../db/retention';
import type { Settings } from '../../settings';

const TEXT_CHOICES: { value: Settings['textStorage']; label: string; detail: string }[] = [
  { value: 'full', label: 'Full reply text', detail: 'the reply and your message, so the report can show them whole' },
  { value: 'evidence', label: 'Evidence excerpts only', detail: 'the few words that raised a score (default)' },
  { value: 'scores', label: 'Scores only', detail: 'no words at all, only the figures and where in the reply they came from' },
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
            <strong>Delete your whole history?</strong> Every stored reply and score goes, imported ones too. This cannot be undone; download a
            backup first if you may want it back.
          </p>
          <div class="row">
            <button type="button" class="button danger-button" data-testid="confirm-delete" disabled={step === 'deleting'} onClick={confirm}>
              Yes, delete everything
            </button>
            <button type="button" class="button" onClick={() => setStep('idle')} disabled={step === 'deleting'}>
              Keep my history
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" data-testid="delete-everything" onClick={() => (setError(null), setStep('confirming'))}>
          Delete everything…
        </button>
      )}
      {step === 'done' && <p role="status">Your history was deleted.</p>}
      {error && (
        <p class="error" role="alert">
          Could not delete: {error}
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
      <h2 id="privacy-heading">What is kept</h2>
      <fieldset disabled={!settings}>
        <legend>Of each reply, keep</legend>
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
              {choice.label} <span class="muted">— {choice.detail}</span>
            </span>
          </label>
        ))}
        <p class="muted">Applies to replies stored from now on, imports and restores included.</p>
      </fieldset>
      <label class="choice">
        Keep history for{' '}
        <select
          data-testid="retention"
          disabled={!settings}
          value={settings?.retentionDays ?? 'forever'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            save({ retentionDays: value === 'forever' ? null : Number(value) });
          }}
        >
          <option value="forever">ever</option>
          {retentionOptions(settings?.retentionDays ?? null).map((days) => (
            <option value={days} key={days}>
              {days} days
            </option>
          ))}
        </select>
      </label>
      <p class="muted">Older replies are deleted once a day, and at once when you shorten this.</p>
      <DeleteEverything db={props.db} onDeleted={props.onDeleted} />
    </section>
  );
}
