// What the content script costs a chat page (run: npm run bench:page, after npm run build).
//
// A 300-exchange ChatGPT conversation, built from the synthetic ChatGPT fixture page, is opened
// at its newest turn (as when someone reopens an old chat: every reply already finished), then
// one more reply streams for about 3 s and finishes. The same scenario runs in real Chromium
// without the extension and with it, alternately; the figures are medians over the rounds
// (ROUNDS=n to change their number, --top to list where the extension's time goes, TOP=n functions,
// EXTENSION_DIR=<unpacked build> to measure another build, e.g. one made from an older commit).
// The page is static HTML, so its own main-thread time is far below a real chat site's (whose
// framework renders every turn): the ratio to it is a pessimistic bound.
//
// Method. Times are CPU time of the renderer's main thread (trace events' thread time), not
// wall-clock time: on a busy machine the main thread waits for a core, and wall-clock figures
// (which earlier versions of this bench used) grew with the load of other processes, not with
// what the page or the extension did. Both runs are traced alike (CDP Tracing), so the tracing
// overhead weighs on both. The content script runs on the page's main thread, in the same V8
// isolate as the page's own scripts, so:
// - the page's own time: every main-thread task of the run without the extension;
// - the extension's time: in the run with it, every task our script started (a timer, an
//   extension message, the script's evaluation: the whole task, with the promise callbacks,
//   forced layout and GC inside it), our callbacks inside the page's own tasks (mutation
//   observer records are delivered at the end of the page's task that made them), and the
//   intersection computations of our IntersectionObserver (the page has none of its own). Style
//   and layout that our badges cause in the page's frames are not in it, so the whole cost
//   (with minus without: noisy, a page's runs vary by several per cent) is printed beside it,
//   split by kind of work (each trace event's own time: script, style, layout, paint, ...).
//   A rendering frame is the page's task even when our callback is its first script (a
//   ResizeObserver callback runs after the frame's style and layout): only the callback counts
//   there. (Until this was told apart, whole frames counted as ours: 10–25 ms of a run.)
//   The rendering-frame time in which our callbacks ran is printed too;
// - longest extension task: the longest of those tasks (CPU, and the wall-clock time it took);
// - stream end to badge: page-world performance.now() from finishStreaming() to the badge host
//   appearing in the new reply (a MutationObserver in the page): a latency, so wall-clock;
// - memory added: JS heap used after a forced GC, with minus without the extension;
// - with --top, where the extension's time goes: a V8 CPU profile of the run with the extension
//   (CDP Profiler) splits it by phase and function (its own overhead then adds to the figures).
import { longConversationPage, REPLY_SENTENCES } from '../test/fixtures/sites/long-conversation.mjs';
import { CHROME_BUILD, launchChromium, serveOnOrigin } from './lib/chromium.mjs';

const EXCHANGES = 300;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const ORIGIN = 'https://chatgpt.com';
const URL_PATH = '/c/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
/** The content script's files (the polyfill's own file runs first, see scripts/build/browser-global.mjs). */
const CONTENT_SCRIPTS = ['/content.js', '/browser-polyfill.js'];
const isContentScript = (url) => CONTENT_SCRIPTS.some((file) => url.endsWith(file));
const EXTENSION_DIR = process.env.EXTENSION_DIR ?? CHROME_BUILD;
/** How long the page is left after opening, before the reply streams. */
const OPEN_MS = 2500;
const GOALS = { longestTaskMs: 50, badgeMs: 200, ratio: 0.05 };
/** Where the extension's time goes (--top): the innermost frame of a sample named here decides. */
const PHASES = {
  scoring: ['score', 'createScorer'],
  'text extraction': ['textOfParts', 'readableText'],
  'adapter DOM reads': ['readReply', 'replyElements', 'isStreaming', 'previousUserTurn', 'conversationId'],
  badges: ['showBadge', 'writeBadges', 'createBadge', 'updateBadge', 'attachBadge', 'reserveBadge', 'refreshBadges', 'configureBadges', 'removeBadges'],
  messaging: ['send', 'flush', 'deliver', 'toBackground'],
  'observer callbacks': ['onMutations', 'isOwnChange', 'onNearby', 'lookAgain'],
  'watcher scan': ['scan', 'read', 'textOf', 'noticeNavigation', 'start'],
};
const phaseOf = new Map(Object.entries(PHASES).flatMap(([phase, names]) => names.map((name) => [name, phase])));

const STREAMED = Array.from({ length: 6 }, (_, i) => REPLY_SENTENCES[i % REPLY_SENTENCES.length]).join(' ');

/** Samples of a V8 CPU profile in the content script's files, by phase and by function (for --top). */
function extensionSamples(profile) {
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = (frame) => isContentScript(frame.url);
  const bare = (name) => name.replace(/\$\d+$/, ''); // the bundler's suffix for same-named functions
  const cache = new Map();
  /** Per profile node: null when not ours, else the phase and function of its sample. */
  const classify = (id) => {
    if (cache.has(id)) return cache.get(id);
    const frames = [];
    for (let node = id; node !== undefined; node = parent.get(node)) frames.push(byId.get(node).callFrame);
    let result = null;
    if (frames.some(ours)) {
      const named = frames.find((frame) => ours(frame) && phaseOf.has(bare(frame.functionName)));
      const innermost = frames.find(ours);
      result = {
        phase: named ? phaseOf.get(bare(named.functionName)) : 'script evaluation and start-up',
        name: `${frames[0].functionName || '(anonymous)'}${ours(frames[0]) ? `:${frames[0].lineNumber}` : ` in ${innermost.functionName || '(anonymous)'}`}`,
      };
    }
    cache.set(id, result);
    return result;
  };
  let samples = 0;
  const byPhase = new Map();
  const byName = new Map();
  for (const id of profile.samples) {
    const mine = classify(id);
    if (!mine) continue;
    samples += 1;
    byPhase.set(mine.phase, (byPhase.get(mine.phase) ?? 0) + 1);
    byName.set(mine.name, (byName.get(mine.name) ?? 0) + 1);
  }
  return { samples, byPhase, byName };
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
/** A performance mark the page sets when the new reply starts streaming: the extension's time is split there. */
const STREAM_MARK = 'bench:stream-start';
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
/** Work of a rendering frame (or of the parser): a task holding it before any script is the page's. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'ParseHTML']);
/** What a task's time went to, by its outermost events (the rest of the task is "other"). */
const KINDS = {
  script: ['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch', 'V8.Execute'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'CompositeLayers', 'PaintImage', 'UpdateLayer'],
  parse: ['ParseHTML', 'ParseAuthorStyleSheet'],
};
const KIND_BY_NAME = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])));
/** Garbage collection comes as dozens of phase events (MinorGC, V8.GC_SCAVENGER_…, BlinkGC.…): told by name. */
const kindOf = (name) => KIND_BY_NAME.get(name) ?? (/GC/.test(name) ? 'gc' : 'other');

/**
 * Main-thread CPU time from a trace: all of it, the extension's (see Method), its longest task,
 * and the IntersectionObserver work within the extension's time.
 */
function traceTimes(events) {
  // The page's renderer main thread: the CrRendererMain thread that worked the most.
  const threads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !threads.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const cpu = (e) => (e.tdur ?? 0) / 1000;
  const tasksOf = (list) => list.filter((e) => e.name === 'RunTask');
  const main = [...byThread.values()].sort((a, b) => tasksOf(b).reduce((s, e) => s + cpu(e), 0) - tasksOf(a).reduce((s, e) => s + cpu(e), 0))[0];
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const ours = (e) => SCRIPT_EVENTS.has(e.name) && isContentScript(e.args?.data?.url ?? e.args?.fileName ?? '');
  const script = (e) => SCRIPT_EVENTS.has(e.name);
  const streamStart = events.find((e) => e.name === STREAM_MARK)?.ts ?? Infinity;
  let streamingMs = 0;
  let framesWithOursMs = 0;
  let totalMs = 0;
  let extensionMs = 0;
  let intersectionMs = 0;
  let longest = { ms: 0, wallMs: 0 };
  const byKind = {};
  let task = null;
  let inside = []; // events of the current task, in order
  const closeTask = () => {
    if (!task) return;
    // Only outermost script events count: a compile inside an evaluation is part of it.
    const scripts = [];
    for (const e of inside) if (script(e) && !scripts.some((s) => e.ts >= s.ts && e.ts + e.dur <= s.ts + s.dur)) scripts.push(e);
    const io = inside.filter((e) => e.name === 'IntersectionObserverController::computeIntersections');
    const ioMs = io.reduce((s, e) => s + cpu(e), 0);
    let mine;
    const first = scripts[0];
    const frame = first !== undefined && inside.some((e) => e.ts < first.ts && RENDERING.has(e.name));
    if (frame && scripts.some(ours)) framesWithOursMs += cpu(task);
    if (first !== undefined && ours(first) && !frame) {
      mine = cpu(task);
      longest = mine > longest.ms ? { ms: mine, wallMs: task.dur / 1000 } : longest;
    } else {
      mine = scripts.filter(ours).reduce((s, e) => s + cpu(e), 0) + ioMs;
      if (mine > longest.ms) longest = { ms: mine, wallMs: mine };
    }
    totalMs += cpu(task);
    // Each event's own time (less its children's), by kind; wrappers and unknown events are "other".
    const stack = [{ e: task, childMs: 0 }];
    const selfTime = (entry) => {
      const kind = kindOf(entry.e.name);
      byKind[kind] = (byKind[kind] ?? 0) + Math.max(0, cpu(entry.e) - entry.childMs);
    };
    for (const e of inside) {
      while (stack.length > 1 && e.ts >= stack.at(-1).e.ts + stack.at(-1).e.dur) selfTime(stack.pop());
      stack.at(-1).childMs += cpu(e);
      stack.push({ e, childMs: 0 });
    }
    while (stack.length > 0) selfTime(stack.pop());
    extensionMs += mine;
    if (task.ts >= streamStart) streamingMs += mine;
    intersectionMs += ioMs;
    task = null;
    inside = [];
  };
  for (const e of main) {
    if (e.name === 'RunTask' && (!task || e.ts >= task.ts + task.dur)) {
      closeTask();
      task = e;
    } else if (task && e.ts < task.ts + task.dur) inside.push(e);
  }
  closeTask();
  return { totalMs, byKind, extensionMs, streamingMs, framesWithOursMs, intersectionMs, longestMs: longest.ms, longestWallMs: longest.wallMs };
}


/**
 * A sampling CPU profile of the extension's service worker (scoring and storage run there, on a
 * thread of its own, off the page), through the page's CDP session; stop() gives its busy time.
 */
async function profileBackground(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.endsWith('/background.js'));
  if (!worker) return { stop: async () => null };
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let lastId = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  const send = (method, params = {}) =>
    new Promise((done) => {
      const id = ++lastId;
      waiting.set(id, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 100 });
  await send('Profiler.start');
  return {
    async stop() {
      const { profile } = await send('Profiler.stop');
      const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
      const busyUs = profile.samples.reduce((sum, id, index) => sum + (idle.has(id) ? 0 : profile.timeDeltas[index] ?? 0), 0);
      return busyUs / 1000;
    },
  };
}

/** Opens the conversation, streams and finishes one more reply; returns the figures of that run. */
async function runScenario(withExtension, html) {
  const { context, close } = await launchChromium({ withExtension, extensionDir: EXTENSION_DIR });
  try {
    await serveOnOrigin(context, ORIGIN, html);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const profiling = withExtension && process.argv.includes('--top');
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    // Chat sites open a conversation at its newest turn, before the content script (document_idle) runs.
    await page.addInitScript(() => addEventListener('DOMContentLoaded', () => window.scrollTo(0, document.documentElement.scrollHeight)));
    await page.goto('about:blank');
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
    if (profiling) await cdp.send('Profiler.start');
    const background = withExtension ? await profileBackground(cdp) : null;

    await page.goto(ORIGIN + URL_PATH);
    // The same wait in both runs: polling for the badge (Playwright's waitFor) would run on the
    // page's main thread in one run only.
    await page.waitForTimeout(OPEN_MS);
    const openBadged = await page.evaluate(() => document.querySelector('#turns > section:last-child [data-sycophancy-probe="badge"]') !== null);

    const badgeMs = await page.evaluate(async ([text, mark]) => {
      performance.mark(mark);
      await window.__fixture.streamReply(text, { tokensPerTick: 1, intervalMs: 20, prompt: 'And now?' });
      const turns = document.getElementById('turns');
      const newest = turns.lastElementChild;
      const finishedAt = performance.now();
      const badged = new Promise((done) => {
        const seen = () => newest.querySelector('[data-sycophancy-probe="badge"]') && (observer.disconnect(), done(performance.now() - finishedAt));
        const observer = new MutationObserver(seen);
        observer.observe(newest, { childList: true, subtree: true });
        setTimeout(() => (observer.disconnect(), done(null)), 3000);
      });
      window.__fixture.finishStreaming();
      return badged;
    }, [STREAMED, STREAM_MARK]);
    await page.waitForTimeout(1000);

    const profile = profiling ? (await cdp.send('Profiler.stop')).profile : null;
    const backgroundMs = background ? await background.stop() : null;
    await cdp.send('Tracing.end');
    await traced;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const result = { ...traceTimes(events), heapMb: heap / 2 ** 20, badgeMs, openBadged, backgroundMs };
    if (profile) Object.assign(result, extensionSamples(profile));
    return result;
  } finally {
    await close();
  }
}

function median(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
}

const range = (values, digits = 0) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

/** The extension's time per phase and per function, mean per run: each run's traced time split as its profile samples are. */
function whereTimeGoes(runs) {
  const table = (key, rows) => {
    const total = new Map();
    for (const run of runs) {
      const scripted = run.extensionMs - run.intersectionMs;
      for (const [name, n] of run[key]) total.set(name, (total.get(name) ?? 0) + (scripted * n) / run.samples / runs.length);
    }
    if (key === 'byPhase') total.set('intersection observer (no script)', runs.reduce((s, run) => s + run.intersectionMs, 0) / runs.length);
    return [...total].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  };
  return ['extension time by phase (CPU, mean per run):', ...table('byPhase', 20), 'by function (self time, with the native call it made):', ...table('byName', Number(process.env.TOP ?? 15))].join('\n');
}

const html = await longConversationPage(EXCHANGES);
const without = [];
const withExt = [];
for (let round = 0; round < ROUNDS; round++) {
  without.push(await runScenario(false, html));
  withExt.push(await runScenario(true, html));
}

const pageMs = median(without.map((r) => r.totalMs));
const extensionMs = median(withExt.map((r) => r.extensionMs));
const wholeCostMs = median(withExt.map((r) => r.totalMs)) - pageMs;
const longest = withExt.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
const badgeMs = median(withExt.map((r) => r.badgeMs));
const missedBadges = withExt.filter((r) => r.badgeMs === null).length;
const unbadgedOpens = withExt.filter((r) => !r.openBadged).length;
const heapAddedMb = median(withExt.map((r) => r.heapMb)) - median(without.map((r) => r.heapMb));
const ratio = extensionMs / pageMs;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

if (process.argv.includes('--top')) console.log(whereTimeGoes(withExt));
console.log(`Chat page bench: ${EXCHANGES} exchanges (${2 * EXCHANGES} turns) from the ChatGPT fixture, ${ROUNDS} rounds each, extension from ${EXTENSION_DIR}`);
console.log(`page's own main-thread time:        ${pageMs.toFixed(0)} ms CPU (without the extension; runs ${range(without.map((r) => r.totalMs))} ms)`);
console.log(`extension main-thread time:         ${extensionMs.toFixed(1)} ms CPU = ${(ratio * 100).toFixed(2)}% of the page's own (runs ${range(withExt.map((r) => r.extensionMs), 1)} ms; intersection observer ${median(withExt.map((r) => r.intersectionMs)).toFixed(1)} ms of it)  [goal < ${GOALS.ratio * 100}%: ${verdict(ratio < GOALS.ratio)}]`);
console.log(`  opening / streaming one reply:     ${median(withExt.map((r) => r.extensionMs - r.streamingMs)).toFixed(1)} ms / ${median(withExt.map((r) => r.streamingMs)).toFixed(1)} ms CPU`);
console.log(`  background, off the page's thread:  ${median(withExt.map((r) => r.backgroundMs))?.toFixed(1) ?? '?'} ms CPU in the service worker (scoring and storage; sampled)`);
console.log(`  rendering frames our callbacks ran in: ${median(withExt.map((r) => r.framesWithOursMs)).toFixed(1)} ms CPU (the page's frames, whole; not counted above)`);
console.log(`  whole cost, with minus without:   ${wholeCostMs.toFixed(0)} ms CPU (with the style and layout our badges cause; noisy)`);
const kinds = [...new Set([...without, ...withExt].flatMap((r) => Object.keys(r.byKind)))];
const kindCost = (kind) => median(withExt.map((r) => r.byKind[kind] ?? 0)) - median(without.map((r) => r.byKind[kind] ?? 0));
console.log(`    by kind of work:                 ${kinds.map((kind) => `${kind} ${kindCost(kind) >= 0 ? '+' : ''}${kindCost(kind).toFixed(0)}`).join(', ')} ms`);
console.log(`longest task the extension caused:  ${longest.longestMs.toFixed(1)} ms CPU (${longest.longestWallMs.toFixed(1)} ms wall-clock on this machine)  [goal <= ${GOALS.longestTaskMs} ms: ${verdict(longest.longestMs <= GOALS.longestTaskMs)}]`);
console.log(`stream end to badge:                ${badgeMs === null ? 'no badge' : `${badgeMs.toFixed(0)} ms`}${missedBadges ? ` (${missedBadges} run(s) without a badge in 3 s)` : ''} wall-clock  [goal <= ${GOALS.badgeMs} ms: ${verdict(badgeMs !== null && badgeMs <= GOALS.badgeMs && !missedBadges)}]`);
if (unbadgedOpens) console.log(`newest reply not badged ${OPEN_MS} ms after opening in ${unbadgedOpens} run(s)`);
console.log(`JS heap added:                      ${heapAddedMb.toFixed(2)} MiB`);
