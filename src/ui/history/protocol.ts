// Messages between the history page and its import worker.
import type { JobProgress, JobRequest, JobResult } from './job';

export type ToWorker = { type: 'start'; request: JobRequest } | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: JobResult }
  | { type: 'failed'; message: string; cancelled: boolean };
