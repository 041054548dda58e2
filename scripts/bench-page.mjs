// What the content script costs a chat page (run: npm run bench:page, after npm run build).
//
// A 300-exchange ChatGPT conversation, built from the synthetic ChatGPT fixture page, is opened
// at its newest turn (as when someone reopens an old chat: every reply already finished), then
// one more reply streams for about 3 s and finishes. The same scenario runs in real Chromium
// without the extension and with it, alternately; the figures are medians over the rounds
// (ROUNDS=n to change their number, --top to list where the extension's time goes).
// The page is static HTML, so its own main-thread time is far below a real chat site's (whose
// framework renders every turn): the ratio to it is a pessimistic bound.
//
// Method. Times are CPU time of the renderer's main thread, not wall-clock time: on a busy
// machine the main thread waits for a core, and wall-clock figures (which earlier versions of
// this bench used) grew with the load of other processes, not with what the page or the
// extension did. The content script runs on that thread, in the same V8 isolate as the page's
// own scripts, so:
// - the page's own time: CDP Performance.getMetrics `TaskDuration` in thread ticks (CPU time of
//   every main-thread task) over the scenario, in the run without the extension;
// - the extension's time: a V8 CPU profile (CDP Profiler) of the run with the extension; the
//   share of the busy (non-idle) samples whose stack holds a frame of content.js, times that
//   run's CPU time. DOM calls made from the script are inside those samples; style and layout it
//   causes later are not, so the whole cost (with minus without, noisier) is printed beside it;
// - longest extension task: the longest unbroken run of such samples, in CPU time (and the
//   wall-clock time it spanned on this machine);
// - stream end to badge: page-world performance.now() from finishStreaming() to the badge host
//   appearing in the new reply (a MutationObserver in the page): a latency, so wall-clock;
// - memory added: JS heap used after a forced GC, with minus without the extension.
import { longConversationPage, REPLY_SENTENCES } from '../test/fixtures/sites/long-conversation.mjs';
import { CHROME_BUILD, launchChromium, serveOnOrigin } from './lib/chromium.mjs';

const EXCHANGES = 300;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const ORIGIN = 'https://chatgpt.com';
const URL_PATH = '/c/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const CONTENT_SCRIPT = 'content.js';
const GOALS = { longestTaskMs: 50, badgeMs: 200, ratio: 0.05 };
/** Where the extension's time goes (--top): the innermost frame of a sample named here decides. */
const PHASES = {
  scoring: ['score', 'createScorer'],
  'text extraction': ['textOfParts', 'readableText'],
  'adapter DOM reads': ['readReply', 'replyElements', 'isStreaming', 'previousUserTurn', 'conversationId'],
  badges: ['showBadge', 'createBadge', 'updateBadge', 'attachBadge', 'reserveBadge', 'refreshBadges', 'configureBadges', 'removeBadges'],
  messaging: ['send', 'flush', 'deliver', 'toBackground'],
  'observer callbacks': ['onMutations', 'isOwnChange', 'onNearby'],
  'watcher scan': ['scan', 'read', 'textOf', 'noticeNavigation', 'start'],
};
const phaseOf = new Map(Object.entries(PHASES).flatMap(([phase, names]) => names.map((name) => [name, phase])));

const STREAMED = Array.from({ length: 6 }, (_, i) => REPLY_SENTENCES[i % REPLY_SENTENCES.length]).join(' ');

function metric(metrics, name) {
  return metrics.metrics.find((m) => m.name === name)?.value ?? 0;
}

/**
 * The extension's share of a V8 CPU profile's busy samples, the longest unbroken stretch of its
 * samples, and (for --top) its samples by phase and by function.
 */
function extensionSamples(profile) {
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = (frame) => frame.url.endsWith(`/${CONTENT_SCRIPT}`);
  const cache = new Map();
  /** Per profile node: null when not ours, else { phase, name } of its sample. */
  const classify = (id) => {
    if (cache.has(id)) return cache.get(id);
    const frames = [];
    for (let node = id; node !== undefined; node = parent.get(node)) frames.push(byId.get(node).callFrame);
    let result = null;
    if (frames.some(ours)) {
      const named = frames.find((frame) => ours(frame) && phaseOf.has(frame.functionName.replace(/\$\d+$/, '')));
      const innermost = frames.find(ours);
      result = {
        phase: named ? phaseOf.get(named.functionName.replace(/\$\d+$/, '')) : 'script evaluation and start-up',
        name: `${frames[0].functionName || '(anonymous)'}${ours(frames[0]) ? `:${frames[0].lineNumber}` : ` in ${innermost.functionName || '(anonymous)'}`}`,
      };
    }
    cache.set(id, result);
    return result;
  };
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  let busy = 0;
  let samples = 0;
  let run = { samples: 0, wallUs: 0 };
  let longest = run;
  const byPhase = new Map();
  const byName = new Map();
  profile.samples.forEach((id, i) => {
    const wallUs = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample belongs to this one
    if (!idle.has(id)) busy += 1;
    const mine = classify(id);
    if (!mine) {
      run = { samples: 0, wallUs: 0 };
      return;
    }
    samples += 1;
    run.samples += 1;
    run.wallUs += wallUs;
    if (run.samples > longest.samples) longest = run;
    byPhase.set(mine.phase, (byPhase.get(mine.phase) ?? 0) + 1);
    byName.set(mine.name, (byName.get(mine.name) ?? 0) + 1);
  });
  return { busy, samples, longest, byPhase, byName };
}

/** Opens the conversation, streams and finishes one more reply; returns the figures of that run. */
async function runScenario(withExtension, html) {
  const { context, close } = await launchChromium({ withExtension });
  try {
    await serveOnOrigin(context, ORIGIN, html);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.goto('about:blank');
    const before = await cdp.send('Performance.getMetrics');
    if (withExtension) await cdp.send('Profiler.start');

    await page.goto(ORIGIN + URL_PATH);
    // Chat sites open a conversation at its newest turn.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    if (withExtension) await page.locator('#turns > section:last-child [data-sycophancy-probe="badge"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);

    const badgeMs = await page.evaluate(async (text) => {
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
    }, STREAMED);
    await page.waitForTimeout(1000);

    const profile = withExtension ? (await cdp.send('Profiler.stop')).profile : null;
    const after = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = metric(await cdp.send('Performance.getMetrics'), 'JSHeapUsedSize');
    const cpuMs = (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000;
    const result = { cpuMs, heapMb: heap / 2 ** 20, badgeMs, ms: 0, longestMs: 0, longestWallMs: 0 };
    if (profile) {
      const found = extensionSamples(profile);
      const msPerSample = cpuMs / found.busy;
      Object.assign(result, {
        ms: found.samples * msPerSample,
        longestMs: found.longest.samples * msPerSample,
        longestWallMs: found.longest.wallUs / 1000,
        msPerSample,
        byPhase: found.byPhase,
        byName: found.byName,
      });
    }
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

/** Milliseconds per phase and per function, averaged over the runs (each run's samples at its own CPU rate). */
function whereTimeGoes(runs) {
  const table = (key, rows) => {
    const total = new Map();
    for (const run of runs) for (const [name, n] of run[key]) total.set(name, (total.get(name) ?? 0) + (n * run.msPerSample) / runs.length);
    return [...total].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  };
  return ['extension time by phase (CPU, mean per run):', ...table('byPhase', 20), 'by function (self time, with the native call it made):', ...table('byName', 15)].join('\n');
}

const html = await longConversationPage(EXCHANGES);
const without = [];
const withExt = [];
for (let round = 0; round < ROUNDS; round++) {
  without.push(await runScenario(false, html));
  withExt.push(await runScenario(true, html));
}

const pageMs = median(without.map((r) => r.cpuMs));
const extensionMs = median(withExt.map((r) => r.ms));
const wholeCostMs = median(withExt.map((r) => r.cpuMs)) - pageMs;
const longest = withExt.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
const badgeMs = median(withExt.map((r) => r.badgeMs));
const missedBadges = withExt.filter((r) => r.badgeMs === null).length;
const heapAddedMb = median(withExt.map((r) => r.heapMb)) - median(without.map((r) => r.heapMb));
const ratio = extensionMs / pageMs;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

if (process.argv.includes('--top')) console.log(whereTimeGoes(withExt));
console.log(`Chat page bench: ${EXCHANGES} exchanges (${2 * EXCHANGES} turns) from the ChatGPT fixture, ${ROUNDS} rounds each, extension from ${CHROME_BUILD}`);
console.log(`page's own main-thread time:        ${pageMs.toFixed(0)} ms CPU (without the extension; runs ${range(without.map((r) => r.cpuMs))} ms)`);
console.log(`extension main-thread time:         ${extensionMs.toFixed(1)} ms CPU = ${(ratio * 100).toFixed(2)}% of the page's own (runs ${range(withExt.map((r) => r.ms), 1)} ms)  [goal < ${GOALS.ratio * 100}%: ${verdict(ratio < GOALS.ratio)}]`);
console.log(`  whole cost, with minus without:   ${wholeCostMs.toFixed(0)} ms CPU (includes style, layout and GC the script causes, and the profiler's overhead; noisy)`);
console.log(`longest task the extension caused:  ${longest.longestMs.toFixed(1)} ms CPU (${longest.longestWallMs.toFixed(1)} ms wall-clock on this machine)  [goal <= ${GOALS.longestTaskMs} ms: ${verdict(longest.longestMs <= GOALS.longestTaskMs)}]`);
console.log(`stream end to badge:                ${badgeMs === null ? 'no badge' : `${badgeMs.toFixed(0)} ms`}${missedBadges ? ` (${missedBadges} run(s) without a badge in 3 s)` : ''} wall-clock  [goal <= ${GOALS.badgeMs} ms: ${verdict(badgeMs !== null && badgeMs <= GOALS.badgeMs && !missedBadges)}]`);
console.log(`JS heap added:                      ${heapAddedMb.toFixed(2)} MiB`);
console.log(`(CPU per profile sample: ${range(withExt.map((r) => r.msPerSample * 1000))} µs; machine load ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
