import type { ReasonCounts } from '../../import';
import type { JobResult } from './job';
import type { JobState } from './use-job';

const MB = 1024 * 1024;
const count = (n: number) => n.toLocaleString();
const counted = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

function Reasons({ title, reasons, id }: { title: string; reasons: ReasonCounts; id: string }) {
  const entries = Object.entries(reasons).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return null;
  return (
    <div data-testid={id}>
      <h4>{title}</h4>
      <ul>
        {entries.map(([reason, n]) => (
          <li key={reason}>
            {count(n)} × {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Result({ result }: { result: JobResult }) {
  const what = result.kind === 'import' ? 'Imported' : 'Restored';
  return (
    <div class="result" role="status" data-testid="job-result">
      <p>
        <strong>
          {what} {result.file}:
        </strong>{' '}
        <span data-testid="added">{count(result.added)}</span> new replies added,{' '}
        <span data-testid="already-stored">{count(result.alreadyStored)}</span> already in your history
        {result.kind === 'import' && ` (${counted(result.replies, 'reply', 'replies')} in ${counted(result.conversations, 'conversation', 'conversations')})`}.
      </p>
      <Reasons title="Skipped" reasons={result.skipped} id="skipped" />
      <Reasons title="Taken, worth knowing" reasons={result.notes} id="notes" />
    </div>
  );
}

/** Progress with a cancel button while a job runs; then its summary or what went wrong. */
export function JobView({ state, onCancel }: { state: JobState; onCancel: () => void }) {
  if (state.status === 'idle') return null;
  if (state.status === 'done') return <Result result={state.result} />;
  if (state.status === 'failed') {
    return (
      <p class={state.cancelled ? 'muted' : 'error'} role="alert" data-testid="job-error">
        {state.cancelled ? `${state.file}: ${state.message}` : `Could not ${state.kind}: ${state.message}`}
      </p>
    );
  }
  const { progress } = state;
  const saving = progress?.phase === 'saving';
  const total = progress?.totalBytes ?? null;
  return (
    <div class="job" data-testid="job-progress">
      <progress max={total ?? undefined} value={saving ? total ?? undefined : progress?.bytesRead} aria-label={`${state.kind} progress`} />
      <p class="muted">
        {saving
          ? `Saving ${count(progress.replies)} replies…`
          : progress
            ? `Read ${(progress.bytesRead / MB).toFixed(1)}${total ? ` of ${(total / MB).toFixed(1)}` : ''} MB: ${count(progress.conversations)} conversations, ${count(progress.replies)} replies`
            : `Opening ${state.file}…`}
      </p>
      <button type="button" class="button" onClick={onCancel} disabled={state.cancelling}>
        {state.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
