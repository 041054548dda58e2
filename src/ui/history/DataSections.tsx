import { useState } from 'preact/hooks';
import type { ProbeDatabase } from '../../db';
import { downloadBackup } from './download';
import { FilePicker } from './FilePicker';
import type { JobKind, JobRequest } from './job';
import { JobView } from './JobView';
import type { JobState } from './use-job';

interface JobControls {
  state: JobState;
  start(request: Omit<JobRequest, 'keep'>): void;
  cancel(): void;
}

/** The job's progress or outcome, under the section that started it. */
function JobFor({ kind, job }: { kind: JobKind; job: JobControls }) {
  const shown = job.state.status !== 'idle' && job.state.kind === kind;
  return shown ? <JobView state={job.state} onCancel={job.cancel} /> : null;
}

export function ImportSection({ job }: { job: JobControls }) {
  const busy = job.state.status === 'running';
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a data export</h2>
      <p class="muted">
        Backfill your history from day one. In ChatGPT: Settings › Data controls › Export data, then pick the zip you get by email (or the
        conversations.json inside it). In Claude: Settings › Privacy › Export data. Everything is read and scored on this device; importing the
        same file again adds nothing.
      </p>
      <FilePicker id="import-file" label="Choose an export…" accept=".json,.zip,application/json,application/zip" disabled={busy} onPick={(file) => job.start({ kind: 'import', file })} />
      <JobFor kind="import" job={job} />
    </section>
  );
}

export function BackupSection({ db, job }: { db: ProbeDatabase; job: JobControls }) {
  const busy = job.state.status === 'running';
  const [backupError, setBackupError] = useState<string | null>(null);
  const backup = () => {
    setBackupError(null);
    downloadBackup(db).catch((e: unknown) => setBackupError(String(e)));
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p class="muted">One JSON file with every stored reply. Restoring checks the whole file first and adds only what is missing.</p>
      <div class="row">
        <button type="button" class="button" data-testid="backup" onClick={backup}>
          Download backup
        </button>
        <FilePicker id="restore-file" label="Restore from a backup…" accept=".json,application/json" disabled={busy} onPick={(file) => job.start({ kind: 'restore', file })} />
      </div>
      {backupError && (
        <p class="error" role="alert">
          Could not write the backup: {backupError}
        </p>
      )}
      <JobFor kind="restore" job={job} />
    </section>
  );
}
