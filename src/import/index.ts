// Import of ChatGPT and Claude data exports. See README.md beside this file.
export { importExport, readExport, type ReadExportOptions } from './read-export';
export { importRecords, scoreImported, sha256Hex, toReplyRecord, type RecordOptions } from './records';
export type { ExportSource } from './source';
export { addToSummary, emptySummary } from './tally';
export * from './types';
