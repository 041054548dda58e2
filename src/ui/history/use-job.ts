import { useEffect, useRef, useState } from 'preact/hooks';
import type { JobKind, JobProgress, JobRequest, JobResult } from './job';
import type { FromWorker, ToWorker } from './protocol';

export type JobState =
  | { status: 'idle' }
  | { status: 'running'; kind: JobKind; file: string; progress: JobProgress | null; cancelling: boolean }
  | { status: 'done'; kind: JobKind; result: JobResult }
  | { status: 'failed'; kind: JobKind; file: string; message: string; cancelled: boolean };

/** One import or restore at a time, in a fresh worker that is ended when it finishes. */
export function useJob(onFinished: () => void): { state: JobState; start(request: JobRequest): void; cancel(): void } {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const finish = (next: JobState) => {
    worker.current?.terminate();
    worker.current = null;
    setState(next);
    onFinished();
  };

  const start = (request: JobRequest) => {
    if (worker.current) return;
    const { kind, file } = request;
    const running = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.current = running;
    setState({ status: 'running', kind, file: file.name, progress: null, cancelling: false });
    running.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'progress') setState((s) => (s.status === 'running' ? { ...s, progress: data.progress } : s));
      else if (data.type === 'done') finish({ status: 'done', kind, result: data.result });
      else finish({ status: 'failed', kind, file: file.name, message: data.message, cancelled: data.cancelled });
    });
    running.addEventListener('error', (event) => finish({ status: 'failed', kind, file: file.name, message: `The import worker failed: ${event.message}`, cancelled: false }));
    running.postMessage({ type: 'start', request } satisfies ToWorker);
  };

  const cancel = () => {
    worker.current?.postMessage({ type: 'cancel' } satisfies ToWorker);
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
  };

  return { state, start, cancel };
}
