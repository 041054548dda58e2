import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../../settings';
import type { JobKind, JobProgress, JobRequest, JobResult } from './job';
import type { FromWorker, JobFailure, ToWorker } from './protocol';

export type JobState =
  | { status: 'idle' }
  | { status: 'running'; kind: JobKind; file: string; progress: JobProgress | null; cancelling: boolean }
  | { status: 'done'; kind: JobKind; result: JobResult }
  | { status: 'failed'; kind: JobKind; file: string; failure: JobFailure };

export interface JobControls {
  state: JobState;
  start(request: { kind: JobKind; file: File }): void;
  cancel(): void;
}

type Keep = JobRequest['keep'];
const keepOf = ({ textStorage, retentionDays }: Settings): Keep => ({ textStorage, retentionDays });

/**
 * One import or restore at a time, in a fresh worker that is ended when it finishes. Rows are
 * stored as the settings say (what text is kept, for how long); `onFinished` runs after every
 * outcome, so the page can read what changed.
 */
export function useJob(onFinished: () => void): JobControls {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const keep = useRef<Keep>(keepOf(DEFAULT_SETTINGS));
  useEffect(() => {
    void loadSettings().then((settings) => (keep.current = keepOf(settings)), () => undefined);
    const stopWatching = onSettingsChanged((settings) => (keep.current = keepOf(settings)));
    return () => {
      stopWatching();
      worker.current?.terminate();
    };
  }, []);

  const finish = (next: JobState) => {
    worker.current?.terminate();
    worker.current = null;
    setState(next);
    onFinished();
  };

  const start = ({ kind, file }: { kind: JobKind; file: File }) => {
    if (worker.current) return;
    const running = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.current = running;
    setState({ status: 'running', kind, file: file.name, progress: null, cancelling: false });
    running.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'progress') setState((s) => (s.status === 'running' ? { ...s, progress: data.progress } : s));
      else if (data.type === 'done') finish({ status: 'done', kind, result: data.result });
      else finish({ status: 'failed', kind, file: file.name, failure: data.failure });
    });
    // The worker itself could not run (e.g. its script failed to load): nothing was written.
    running.addEventListener('error', (event) =>
      finish({ status: 'failed', kind, file: file.name, failure: { reason: 'error', name: 'Worker', detail: event.message } }),
    );
    running.postMessage({ type: 'start', request: { kind, file, keep: keep.current } } satisfies ToWorker);
  };

  const cancel = () => {
    worker.current?.postMessage({ type: 'cancel' } satisfies ToWorker);
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
  };

  return { state, start, cancel };
}
