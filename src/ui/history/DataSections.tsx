import { useState } from 'preact/hooks';
import type { ProbeDatabase } from '../../db';
import { t } from '../../i18n/browser';
import { downloadBackup } from './download';
import { ExportImport } from './ExportImport';
import { FilePicker } from './FilePicker';
import { JobFor } from './JobView';
import type { JobControls } from './use-job';

export function ImportSection({ job }: { job: JobControls }) {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('historyImportTitle')}</h2>
      <p class="muted">{t('historyImportIntro')}</p>
      <ExportImport job={job} label={t('historyImportChoose')} />
    </section>
  );
}

export function BackupSection({ db, job }: { db: ProbeDatabase; job: JobControls }) {
  const [backupError, setBackupError] = useState<string | null>(null);
  const backup = () => {
    setBackupError(null);
    downloadBackup(db).catch((e: unknown) => setBackupError(String(e)));
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('historyBackupTitle')}</h2>
      <p class="muted">{t('historyBackupIntro')}</p>
      <div class="row">
        <button type="button" class="button" data-testid="backup" onClick={backup}>
          {t('historyBackupDownload')}
        </button>
        <FilePicker
          id="restore-file"
          label={t('historyRestoreChoose')}
          accept=".json,application/json"
          disabled={job.state.status === 'running'}
          onPick={(file) => job.start({ kind: 'restore', file })}
        />
      </div>
      {backupError && (
        <p class="error" role="alert">
          {t('historyBackupFailed', backupError)}
        </p>
      )}
      <JobFor kind="restore" job={job} />
    </section>
  );
}
