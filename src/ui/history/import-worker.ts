// Web Worker: parses, scores and stores an export or a backup off the page's thread, so the page
// stays responsive with files of hundreds of MB. It opens the extension's database itself
// (same origin as the page), so the rows never travel back through the page.
import { ProbeDatabase } from '../../db';
import { runJob } from './job';
import type { FromWorker, JobFailure, ToWorker } from './protocol';

const PROGRESS_EVERY_MS = 100;
const db = new ProbeDatabase();
let controller: AbortController | undefined;

const post = (message: FromWorker) => postMessage(message);

function failureOf(error: unknown): JobFailure {
  if (!(error instanceof Error)) return { reason: 'error', name: 'Error', detail: String(error) };
  // ImportError and BackupError already say what and where; database errors get their kind named.
  if (error.name === 'ImportError' || error.name === 'BackupError') return { reason: 'invalid', message: error.message };
  if (error.name === 'QuotaExceededError') return { reason: 'no-room', detail: error.message };
  return { reason: 'error', name: error.name, detail: error.message };
}

async function start(request: ToWorker & { type: 'start' }): Promise<void> {
  controller = new AbortController();
  const { signal } = controller;
  let lastReport = 0;
  try {
    const result = await runJob(db, request.request, signal, (progress) => {
      const now = performance.now();
      if (progress.phase === 'reading' && now - lastReport < PROGRESS_EVERY_MS) return;
      lastReport = now;
      post({ type: 'progress', progress });
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', failure: signal.aborted ? { reason: 'cancelled' } : failureOf(error) });
  }
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  if (event.data.type === 'cancel') controller?.abort(new DOMException('Cancelled by the user', 'AbortError'));
  else void start(event.data);
});
