#!/usr/bin/env node
// npm test: every check, in order, each reported as it runs; ends with one plain line
// "N passed, N failed" (CI reads that line, not the runners' own summaries).
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp');
await rm(tmp, { recursive: true, force: true });
await mkdir(tmp, { recursive: true });

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
  });
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);

/** Every *.test.ts in a folder (node 20's --test does not search folders by itself). */
async function testFiles(dir) {
  return (await readdir(resolve(root, dir))).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `${dir}/${f}`);
}

/** Counts and failed test names from a node:test TAP file ("# pass N", "not ok 3 - name"). */
async function tapCounts(file) {
  const tap = await readFile(file, 'utf8').catch(() => '');
  const count = (label) => Number(new RegExp(`^# ${label} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
  const failedNames = [...tap.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((match) => match[1]);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), failedNames };
}

/** The tests of a Playwright JSON report whose outcome is `outcome` ("unexpected", "flaky"), as "file › title". */
function playwrightTests(suite, outcome, names = []) {
  for (const spec of suite.specs ?? []) {
    if (spec.tests.some((test) => test.status === outcome)) names.push(`${spec.file} › ${spec.title}`);
  }
  for (const child of suite.suites ?? []) playwrightTests(child, outcome, names);
  return names;
}

function nodeTests(files, tapFile) {
  return [
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
  ];
}

/** Each step: a command, and how to count its tests (default: the step itself is one check). */
const steps = [
  { name: 'type check', command: [bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']] },
  { name: 'build both browser targets and the CLI', command: [process.execPath, ['scripts/build.mjs']], required: true },
  {
    name: 'web-ext lint (Firefox build)',
    command: [bin('web-ext'), ['lint', '--source-dir', 'extension/firefox', '--no-config-discovery', '--output', 'text']],
  },
  {
    name: 'unit tests (Vitest)',
    command: [bin('vitest'), ['run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}/vitest.json`]],
    counts: async () => {
      const report = JSON.parse(await readFile(`${tmp}/vitest.json`, 'utf8'));
      const failedNames = report.testResults.flatMap((file) => [
        ...(file.status === 'failed' && file.assertionResults.length === 0 ? [`${file.name}: ${file.message}`] : []),
        ...file.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName),
      ]);
      return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites ?? 0), failedNames };
    },
  },
  {
    name: 'CLI tests (built CLI)',
    command: nodeTests(await testFiles('test/e2e/cli'), `${tmp}/cli.tap`),
    counts: () => tapCounts(`${tmp}/cli.tap`),
  },
  {
    name: 'end-to-end tests in Chromium (built extension/chrome)',
    command: [bin('playwright'), ['test', '-c', 'test/e2e/playwright.config.ts']],
    counts: async () => {
      const report = JSON.parse(await readFile(`${tmp}/e2e-chromium.json`, 'utf8'));
      const named = (outcome) => report.suites.flatMap((suite) => playwrightTests(suite, outcome));
      return {
        passed: report.stats.expected + report.stats.flaky,
        failed: report.stats.unexpected,
        failedNames: named('unexpected'),
        flakyNames: named('flaky'),
      };
    },
  },
  {
    name: 'end-to-end tests in Firefox ESR (built extension/firefox)',
    command: nodeTests(await testFiles('test/e2e/firefox'), `${tmp}/firefox.tap`),
    counts: () => tapCounts(`${tmp}/firefox.tap`),
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const code = await run(...step.command);
  let result = code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (step.counts) {
    const counted = await step.counts().catch(() => null);
    // A runner that crashed before reporting still counts as one failure.
    if (counted && counted.passed + counted.failed > 0) result = counted;
    if (code !== 0 && result.failed === 0) result = { ...result, failed: 1 };
  }
  passed += result.passed;
  failed += result.failed;
  lines.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${result.passed} passed, ${result.failed} failed`);
  // CI shows only the end of the log, so name what failed here too.
  for (const name of result.failedNames ?? []) lines.push(`     failed: ${name}`);
  for (const name of result.flakyNames ?? []) lines.push(`     passed only when run again: ${name}`);
  if (code !== 0 && step.required) {
    lines.push(`     stopped: later steps need "${step.name}"`);
    break;
  }
}
const summary = `${passed} passed, ${failed} failed`;
console.log(`\n${lines.join('\n')}\n${summary}`);
await writeFile(resolve(tmp, 'test-summary.txt'), `${summary}\n`);
process.exitCode = failed > 0 ? 1 : 0;
