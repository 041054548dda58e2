import { FilePicker } from './FilePicker';
import { JobFor } from './JobView';
import type { JobControls } from './use-job';

/**
 * Picking a ChatGPT or Claude data export (conversations.json or the zip), with the import's
 * progress, cancel and summary beneath it: on the history page and on the report page.
 */
export function ExportImport({ job, label, hint }: { job: JobControls; label: string; hint?: string }) {
  return (
    <div class="export-import">
      <div class="row">
        <FilePicker
          id="import-file"
          label={label}
          accept=".json,.zip,application/json,application/zip"
          disabled={job.state.status === 'running'}
          onPick={(file) => job.start({ kind: 'import', file })}
        />
        {hint && <span class="muted small">{hint}</span>}
      </div>
      <JobFor kind="import" job={job} />
    </div>
  );
}
