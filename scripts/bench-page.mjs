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
// Method. The content script runs on the page's renderer main thread, in the same V8 isolate as
// the page's own scripts, so:
// - main-thread time: CDP Performance.getMetrics `TaskDuration` (all main-thread tasks) over the
//   scenario; the page's own time is the run without the extension;
// - the extension's share: a V8 CPU profile (CDP Profiler, 100 µs sampling) of the run with the
//   extension; every sample whose stack holds a frame of content.js counts as extension time
//   (DOM calls made from it are inside those samples; layout it causes later is not);
// - longest extension task: the longest unbroken run of such samples (a task of ours, seen from
//   inside; the task around it can only be longer by work that is not ours);
// - stream end to badge: page-world performance.now() from finishStreaming() to the badge host
//   appearing in the new reply (a MutationObserver in the page);
// - memory added: JS heap used after a forced GC, with minus without the extension.
import { longConversationPage, REPLY_SENTENCES } from '../test/fixtures/sites/long-conversation.mjs';
import { CHROME_BUILD, launchChromium, serveOnOrigin } from './lib/chromium.mjs';

const EXCHANGES = 300;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const ORIGIN = 'https://chatgpt.com';
const URL_PATH = '/c/6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const CONTENT_SCRIPT = 'content.js';
const GOALS = { longestTaskMs: 50, badgeMs: 200, ratio: 0.05 };

const STREAMED = Array.from({ length: 6 }, (_, i) => REPLY_SENTENCES[i % REPLY_SENTENCES.length]).join(' ');

function metric(metrics, name) {
  return metrics.metrics.find((m) => m.name === name)?.value ?? 0;
}

/** Extension time and longest unbroken extension stretch from a V8 CPU profile. */
function extensionTime(profile) {
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const result = node.callFrame.url.endsWith(`/${CONTENT_SCRIPT}`) || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, result);
    return result;
  };
  let totalUs = 0;
  let runUs = 0;
  let longestUs = 0;
  // With --top: where our time goes, overall and in the longest stretch (self time by function).
  const selfUs = new Map();
  let runSelf = new Map();
  let longestSelf = new Map();
  profile.samples.forEach((id, i) => {
    const deltaUs = profile.timeDeltas[i + 1] ?? 0; // the time until the next sample belongs to this one
    if (isOurs(id)) {
      const { functionName, lineNumber } = byId.get(id).callFrame;
      const name = `${functionName || '(anonymous)'}:${lineNumber}`;
      for (const map of [selfUs, runSelf]) map.set(name, (map.get(name) ?? 0) + deltaUs);
      totalUs += deltaUs;
      runUs += deltaUs;
      if (runUs > longestUs) [longestUs, longestSelf] = [runUs, runSelf];
    } else [runUs, runSelf] = [0, new Map()];
  });
  if (process.argv.includes('--top')) {
    const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => `  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
    console.log(['extension self time:', ...top(selfUs), 'longest stretch:', ...top(longestSelf)].join('\n'));
  }
  return { ms: totalUs / 1000, longestMs: longestUs / 1000 };
}

/** Opens the conversation, streams and finishes one more reply; returns the figures of that run. */
async function runScenario(withExtension, html) {
  const { context, close } = await launchChromium({ withExtension });
  try {
    await serveOnOrigin(context, ORIGIN, html);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
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
    return {
      taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
      heapMb: heap / 2 ** 20,
      badgeMs,
      ...(profile ? extensionTime(profile) : { ms: 0, longestMs: 0 }),
    };
  } finally {
    await close();
  }
}

function median(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
}

const html = await longConversationPage(EXCHANGES);
const without = [];
const withExt = [];
for (let round = 0; round < ROUNDS; round++) {
  without.push(await runScenario(false, html));
  withExt.push(await runScenario(true, html));
}

const pageMs = median(without.map((r) => r.taskMs));
const extensionMs = median(withExt.map((r) => r.ms));
const longestMs = Math.max(...withExt.map((r) => r.longestMs));
const badgeMs = median(withExt.map((r) => r.badgeMs));
const missedBadges = withExt.filter((r) => r.badgeMs === null).length;
const heapAddedMb = median(withExt.map((r) => r.heapMb)) - median(without.map((r) => r.heapMb));
const ratio = extensionMs / pageMs;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

console.log(`Chat page bench: ${EXCHANGES} exchanges (${2 * EXCHANGES} turns) from the ChatGPT fixture, ${ROUNDS} rounds each, extension from ${CHROME_BUILD}`);
console.log(`page's own main-thread time:        ${pageMs.toFixed(0)} ms (without the extension; with it the renderer spent ${median(withExt.map((r) => r.taskMs)).toFixed(0)} ms)`);
console.log(`extension main-thread time:         ${extensionMs.toFixed(1)} ms = ${(ratio * 100).toFixed(2)}% of the page's own  [goal < ${GOALS.ratio * 100}%: ${verdict(ratio < GOALS.ratio)}]`);
console.log(`longest task the extension caused:  ${longestMs.toFixed(1)} ms  [goal <= ${GOALS.longestTaskMs} ms: ${verdict(longestMs <= GOALS.longestTaskMs)}]`);
console.log(`stream end to badge:                ${badgeMs === null ? 'no badge' : `${badgeMs.toFixed(0)} ms`}${missedBadges ? ` (${missedBadges} run(s) without a badge in 3 s)` : ''}  [goal <= ${GOALS.badgeMs} ms: ${verdict(badgeMs !== null && badgeMs <= GOALS.badgeMs && !missedBadges)}]`);
console.log(`JS heap added:                      ${heapAddedMb.toFixed(2)} MiB`);
