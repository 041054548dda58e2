#!/usr/bin/env node
// npm run bench:db: the history's figures in real Chromium IndexedDB, inside the built extension
// (its own origin, its own database code): inserting 100,000 replies in batches, the weekly
// report over a year of them through the report page's own loadReport (against the full-row read
// it replaced, in the same run), and the size on disk per 1,000 replies.
// Needs `npm run build` first. The database code is bundled from src/ and run in history.html.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { CHROME_BUILD, launchChromium } from './lib/chromium.mjs';

const ROWS = 100_000;
const BATCH = 1_000;
const LIVE_SAVES = 500;
const REPORT_RUNS = 7;
const NOW = Date.parse('2026-11-25T10:00:00Z');
const root = resolve(import.meta.dirname, '..');

/** One IIFE with the real database, report and fixture code, run in the extension page. */
async function bundle() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-db-'));
  const entry = join(dir, 'entry.ts');
  const src = (path) => JSON.stringify(resolve(root, path));
  await writeFile(
    entry,
    `export { ProbeDatabase, replyKey } from ${src('src/db/index.ts')};
     export { mergeReplies } from ${src('src/db/merge.ts')};
     export { saveReply, summarize } from ${src('src/db/replies.ts')};
     export { scoresBetween, pageStart } from ${src('src/db/digest.ts')};
     export { loadReport, neededSpan } from ${src('src/db/report-rows.ts')};
     export { applyTextPolicy } from ${src('src/db/text-policy.ts')};
     export { buildWeeklyReport, resolvePeriod } from ${src('src/report/index.ts')};
     export { syntheticRows } from ${src('test/unit/report/fixtures.ts')};`,
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    publicDir: false,
    build: { outDir: dir, emptyOutDir: false, minify: false, lib: { entry, formats: ['iife'], name: 'benchDb', fileName: () => 'bench.js' } },
  });
  const code = await readFile(join(dir, 'bench.js'), 'utf8');
  await rm(dir, { recursive: true, force: true });
  return code;
}

/** Runs in the page: a heartbeat on its thread, whose longest gap is how long the page could not respond. */
function installHeartbeat() {
  globalThis.startHeartbeat = () => {
    let longest = 0;
    let last = performance.now();
    const beat = setInterval(() => {
      const t = performance.now();
      longest = Math.max(longest, t - last);
      last = t;
    }, 5);
    return () => (clearInterval(beat), longest);
  };
}

/** Runs in the page. Returns the figures; every timing is wall-clock in the page. */
async function runInPage({ rows: total, batch, liveSaves, runs, now }) {
  const { ProbeDatabase, mergeReplies, saveReply, summarize, applyTextPolicy, buildWeeklyReport, resolvePeriod, loadReport, neededSpan, scoresBetween, pageStart, syntheticRows } =
    globalThis.benchDb;
  const db = new ProbeDatabase('bench-history');
  await db.delete();
  await db.open();
  const usageBefore = (await navigator.storage.estimate()).usage ?? 0;
  // The default text setting: evidence excerpts, no reply text.
  const rows = syntheticRows(total, now, 365).map((row) => applyTextPolicy(row, 'evidence'));

  const stopHeartbeat = globalThis.startHeartbeat();

  const batches = [];
  const insertStart = performance.now();
  for (let i = 0; i < rows.length; i += batch) {
    const t = performance.now();
    await mergeReplies(db, rows.slice(i, i + batch));
    batches.push(performance.now() - t);
  }
  const insertMs = performance.now() - insertStart;
  const longestStall = stopHeartbeat();

  const liveStart = performance.now();
  for (let i = 0; i < liveSaves; i++) {
    const { key, version, ...reading } = rows[i];
    await saveReply(db, { ...reading, conversation: 'live', message: `live-${i}`, contentHash: `live-${i}` });
  }
  const liveMs = (performance.now() - liveStart) / liveSaves;

  // The report page's own path (loadReport): the week's full rows, digests for the trend and the week before.
  const zone = 'Europe/Berlin';
  const resolved = resolvePeriod(undefined, now, zone);
  const { from, to } = neededSpan(resolved);
  const timed = async (work) => {
    const t = performance.now();
    const result = await work();
    return { ms: performance.now() - t, result };
  };
  const report = [];
  const baseline = [];
  for (let run = 0; run < runs + 1; run++) {
    // Interleaved, so both see the same machine; run 0 warms up.
    let headline = 0;
    const t = performance.now();
    const fast = await timed(() => loadReport(db, { now, zone }, () => (headline = performance.now() - t)));
    // What the report did before: every full row of the 14-week span, folded by the same aggregation.
    const read = await timed(() => db.replies.where('time').between(from, to, true, false).toArray());
    const old = await timed(() => buildWeeklyReport(read.result, { now, zone }));
    if (JSON.stringify(fast.result) !== JSON.stringify(old.result)) throw new Error('loadReport and the full-row report differ');
    if (fast.result.totals.scored === 0) throw new Error('the bench week has no replies');
    // Its two reads on their own: what the time goes to.
    const week = await timed(() => db.replies.where('time').between(resolved.period.start, resolved.period.end, true, false).toArray());
    const span = await timed(() => scoresBetween(db, from, to));
    if (run > 0) {
      report.push({ total: fast.ms, headline, week: week.ms, span: span.ms });
      baseline.push({ query: read.ms, aggregate: old.ms, total: read.ms + old.ms, rows: read.result.length });
    }
  }
  const periodRows = await db.replies.where('time').between(resolved.period.start, resolved.period.end, true, false).count();
  const digests = (await scoresBetween(db, from, to)).length;
  const pages = await db.digests.where(':id').between(pageStart(from), to, true, false).count();
  // The popup: today and this week (the last 7 days here).
  const popup = [];
  for (let run = 0; run < runs; run++) {
    const t = performance.now();
    await Promise.all([summarize(db, now - 86_400_000, now, 50), summarize(db, now - 7 * 86_400_000, now, 50)]);
    popup.push(performance.now() - t);
  }
  // A yardstick for how fast this machine is right now: copying the same rows in memory.
  const spanRows = await db.replies.where('time').between(from, to, true, false).toArray();
  const cloneStart = performance.now();
  structuredClone(spanRows);
  const cloneMs = performance.now() - cloneStart;

  await new Promise((done) => setTimeout(done, 1000));
  const usageAfter = (await navigator.storage.estimate()).usage ?? 0;
  const stored = await db.replies.count();
  db.close();
  return { insertMs, batches, longestStall, liveMs, report, baseline, periodRows, digests, pages, popup, cloneMs, stored, usageBefore, usageAfter };
}

/**
 * Runs in the page. Restores `total` replies from a backup file through the history page's own
 * import worker (the product's path for large writes), timing it and the page's longest stall.
 */
async function restoreThroughWorker({ total, now, workerUrl }) {
  const { syntheticRows, applyTextPolicy, replyKey } = globalThis.benchDb;
  // Other conversations than the insert's, so every restored row is new.
  const replies = syntheticRows(total, now, 365, 7).map((row) => {
    const moved = { ...row, conversation: `restore-${row.conversation}` };
    return applyTextPolicy({ ...moved, key: replyKey(moved) }, 'evidence');
  });
  const file = new File([JSON.stringify({ format: 'sycophancy-probe/backup', schema: 1, replies })], 'backup.json');
  const stopHeartbeat = globalThis.startHeartbeat();
  const started = performance.now();
  const worker = new Worker(workerUrl, { type: 'module' });
  const result = await new Promise((done, fail) => {
    worker.onmessage = ({ data }) => (data.type === 'done' ? done(data.result) : data.type === 'failed' ? fail(new Error(data.message)) : undefined);
    worker.onerror = (event) => fail(new Error(event.message));
    worker.postMessage({ type: 'start', request: { kind: 'restore', file, keep: { textStorage: 'evidence', retentionDays: null } } });
  });
  const ms = performance.now() - started;
  const longestStall = stopHeartbeat();
  worker.terminate();
  return { ms, longestStall, added: result.added };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The profile's IndexedDB folder for the extension, measured on disk (LevelDB files and blobs). */
async function diskBytes(context, extensionId) {
  const page = await context.newPage();
  await page.goto('chrome://version');
  const profile = (await page.locator('#profile_path').textContent())?.trim();
  await page.close();
  if (!profile) return null;
  try {
    const out = execFileSync('sh', ['-c', `du -sb "${profile}/IndexedDB/chrome-extension_${extensionId}_0.indexeddb."* | awk '{s+=$1} END {print s}'`], { encoding: 'utf8' });
    return Number(out.trim()) || null;
  } catch {
    return null;
  }
}

const code = await bundle();
const { context, extensionId, close } = await launchChromium();
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/history.html`);
  // Runtime.evaluate is not subject to the page's CSP, so the bundle defines globalThis.benchDb here.
  await page.evaluate(code.replace(/^var benchDb\b/m, 'globalThis.benchDb'));
  await page.evaluate(installHeartbeat);
  const r = await page.evaluate(runInPage, { rows: ROWS, batch: BATCH, liveSaves: LIVE_SAVES, runs: REPORT_RUNS, now: NOW });
  const disk = await diskBytes(context, extensionId);
  const workerFile = (await readdir(resolve(CHROME_BUILD, 'assets'))).find((name) => name.startsWith('import-worker-'));
  const restore = await page.evaluate(restoreThroughWorker, { total: ROWS, now: NOW, workerUrl: `/assets/${workerFile}` });

  const reportTotal = median(r.report.map((x) => x.total));
  const baselineTotal = median(r.baseline.map((x) => x.total));
  console.log(`Chromium IndexedDB, built extension page (history.html), ${r.stored.toLocaleString('en-US')} rows stored (text setting: evidence excerpts)`);
  // Timings scale with what else runs: say so, so a figure from a busy machine is read as one.
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end of the run`);
  console.log(`insert ${ROWS.toLocaleString('en-US')} replies in batches of ${BATCH} (mergeReplies: dedupe, versions, conversation counts, digests; one transaction each):`);
  console.log(`  total ${ms(r.insertMs)} (${Math.round(ROWS / (r.insertMs / 1000)).toLocaleString('en-US')} replies/s); batch median ${ms(median(r.batches))}, slowest ${ms(Math.max(...r.batches))}`);
  console.log(`  longest stall of the page's thread while inserting: ${ms(r.longestStall)}`);
  console.log(`live save (saveReply, one reply per transaction): ${ms(r.liveMs)} per reply (${LIVE_SAVES} replies)`);
  console.log(`weekly report over a year of history, the report page's loadReport, median of ${REPORT_RUNS} (interleaved with the baseline):`);
  console.log(`  reads ${r.periodRows.toLocaleString('en-US')} full rows (the week) + ${r.digests.toLocaleString('en-US')} digests of the 14-week span in ${r.pages.toLocaleString('en-US')} hour pages`);
  console.log(`  of which alone: the week's full rows ${ms(median(r.report.map((x) => x.week)))}, the span's digests ${ms(median(r.report.map((x) => x.span)))}`);
  console.log(`  whole report ${ms(reportTotal)} (goal < 200 ms: ${reportTotal < 200 ? 'met' : 'NOT met'}); the week's figures first after ${ms(median(r.report.map((x) => x.headline)))}`);
  console.log(
    `  baseline, full rows of the span (${r.baseline[0].rows.toLocaleString('en-US')}) then the same aggregation: query ${ms(median(r.baseline.map((x) => x.query)))} + aggregate ${ms(median(r.baseline.map((x) => x.aggregate)))} = ${ms(baselineTotal)}`,
  );
  console.log(`  loadReport takes ${(reportTotal / baselineTotal).toFixed(2)}× the baseline's time (${(baselineTotal / reportTotal).toFixed(1)}× faster); same report both ways`);
  console.log(`popup (summarize today and the last 7 days, from digests): ${ms(median(r.popup))}`);
  console.log(`yardstick: structuredClone of the span's full rows in memory took ${ms(r.cloneMs)}`);
  console.log(`restore ${restore.added.toLocaleString('en-US')} replies from a backup through the history page's worker (one transaction): ${ms(restore.ms)}`);
  console.log(`  longest stall of the page's thread meanwhile: ${ms(restore.longestStall)}`);
  const estimated = r.usageAfter - r.usageBefore;
  console.log(`size per 1,000 replies: ${kib((estimated / r.stored) * 1000)} by navigator.storage.estimate()${disk ? `, ${kib((disk / r.stored) * 1000)} on disk (LevelDB)` : ''}`);
} finally {
  await close();
}
