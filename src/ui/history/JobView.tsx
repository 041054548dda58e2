import type { ReasonCounts } from '../../import';
import { formatNumber, plural, pluralKey, t, tParts } from '../../i18n/browser';
import type { JobKind, JobResult } from './job';
import type { JobFailure } from './protocol';
import type { JobControls, JobState } from './use-job';
import './job.css';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => formatNumber(bytes / MB, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Counts by reason; the reasons are the importer's own words (src/import), in English. */
function Reasons({ title, reasons, id }: { title: string; reasons: ReasonCounts; id: string }) {
  const entries = Object.entries(reasons).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return null;
  return (
    <div data-testid={id}>
      <h4>{title}</h4>
      <ul>
        {entries.map(([reason, n]) => (
          <li key={reason}>
            {formatNumber(n)} × <span lang="en">{reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Result({ result }: { result: JobResult }) {
  const added = tParts(pluralKey('jobAdded', result.added), [<span data-testid="added">{formatNumber(result.added)}</span>]);
  const stored = tParts('jobAlreadyStored', [<span data-testid="already-stored">{formatNumber(result.alreadyStored)}</span>]);
  return (
    <div class="result" role="status" data-testid="job-result">
      <p>
        <strong>{t(result.kind === 'import' ? 'jobImported' : 'jobRestored', result.file)}</strong>{' '}
        {result.kind === 'import'
          ? tParts('jobCountsOfExport', [added, stored, plural('jobReplies', result.replies), plural('jobConversations', result.conversations)])
          : tParts('jobCounts', [added, stored])}
      </p>
      <Reasons title={t('jobSkipped')} reasons={result.skipped} id="skipped" />
      <Reasons title={t('jobNotes')} reasons={result.notes} id="notes" />
    </div>
  );
}

function failureText(kind: JobKind, file: string, failure: JobFailure): string {
  if (failure.reason === 'cancelled') return t('jobCancelled', file);
  const why =
    failure.reason === 'invalid'
      ? failure.message
      : failure.reason === 'no-room'
        ? t('jobNoRoom', [file, failure.detail])
        : t('jobError', [file, failure.name, failure.detail]);
  return t(kind === 'import' ? 'jobImportFailed' : 'jobRestoreFailed', why);
}

function progressText(state: JobState & { status: 'running' }): string {
  const { progress } = state;
  if (!progress) return t('jobOpening', state.file);
  if (progress.phase === 'saving') return plural('jobSaving', progress.replies);
  const counts = [plural('jobConversations', progress.conversations), plural('jobReplies', progress.replies)];
  return progress.totalBytes
    ? t('jobReadOf', [megabytes(progress.bytesRead), megabytes(progress.totalBytes), ...counts])
    : t('jobRead', [megabytes(progress.bytesRead), ...counts]);
}

/** Progress with a cancel button while a job runs; then its summary or what went wrong. */
export function JobView({ state, onCancel }: { state: JobState; onCancel: () => void }) {
  if (state.status === 'idle') return null;
  if (state.status === 'done') return <Result result={state.result} />;
  if (state.status === 'failed') {
    return (
      <p class={state.failure.reason === 'cancelled' ? 'muted' : 'error'} role="alert" data-testid="job-error">
        {failureText(state.kind, state.file, state.failure)}
      </p>
    );
  }
  const { progress } = state;
  const total = progress?.totalBytes ?? null;
  return (
    <div class="job" data-testid="job-progress">
      <progress
        max={total ?? undefined}
        value={progress?.phase === 'saving' ? (total ?? undefined) : progress?.bytesRead}
        aria-label={t(state.kind === 'import' ? 'jobImportProgress' : 'jobRestoreProgress')}
      />
      <p class="muted">{progressText(state)}</p>
      <button type="button" class="button" onClick={onCancel} disabled={state.cancelling}>
        {t(state.cancelling ? 'jobCancelling' : 'jobCancel')}
      </button>
    </div>
  );
}

/** The job's progress or outcome, under the control that started it (`kind`). */
export function JobFor({ kind, job }: { kind: JobKind; job: JobControls }) {
  const shown = job.state.status !== 'idle' && job.state.kind === kind;
  return shown ? <JobView state={job.state} onCancel={job.cancel} /> : null;
}
