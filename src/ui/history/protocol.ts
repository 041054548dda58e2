// Messages between an extension page and the import worker.
import type { JobProgress, JobRequest, JobResult } from './job';

export type ToWorker = { type: 'start'; request: JobRequest } | { type: 'cancel' };

/**
 * Why a job wrote nothing. The worker has no access to the user's language, so it says why in
 * data and the page words it (JobView).
 */
export type JobFailure =
  | { reason: 'cancelled' }
  /** The file is not what it should be: `message` (from src/import or src/db/backup) says what and where. */
  | { reason: 'invalid'; message: string }
  | { reason: 'no-room'; detail: string }
  | { reason: 'error'; name: string; detail: string };

export type FromWorker = { type: 'progress'; progress: JobProgress } | { type: 'done'; result: JobResult } | { type: 'failed'; failure: JobFailure };
