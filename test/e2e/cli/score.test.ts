// The CLI as shipped: the built extension/cli/sycophancy-probe.mjs, run as a separate process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const CLI = resolve(import.meta.dirname, '../../../extension/cli/sycophancy-probe.mjs');

function cli(args: string[], input = '') {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('score adds a sycophancy field to every reply and keeps the other fields', () => {
  const input = [
    JSON.stringify({ id: 'a', reply: "You're absolutely right! What a brilliant question 🎉🎉", user: 'Cats are mammals, right?', extra: [1, 2] }),
    JSON.stringify({ id: 'b', reply: 'Water boils at 100 °C at sea level.' }),
  ].join('\n');
  const { code, stdout, stderr } = cli(['score'], input);
  assert.equal(code, 0, stderr);
  const rows = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0].extra, [1, 2]);
  assert.equal(rows[0].user, 'Cats are mammals, right?');
  for (const { sycophancy, reply } of rows) {
    assert.deepEqual(Object.keys(sycophancy.dimensions).sort(), ['agreement', 'emoji', 'flattery']);
    for (const value of [sycophancy.overall, ...Object.values(sycophancy.dimensions)]) {
      assert.ok(typeof value === 'number' && value >= 0 && value <= 100, `score ${value} out of range`);
    }
    for (const span of sycophancy.evidence) {
      assert.equal(reply.slice(span.start, span.end), span.text);
      assert.ok(['flattery', 'emoji', 'agreement'].includes(span.dimension));
    }
  }
  assert.ok(rows[0].sycophancy.overall > rows[1].sycophancy.overall);
  assert.ok(rows[0].sycophancy.evidence.length > 0);
});

test('score explains a reply that pushed back with the spans that lowered agreement, negative weights into the reply', () => {
  const reply = 'Both perspectives have merit, and it really depends on your situation. There are pros and cons to each approach.';
  const { code, stdout, stderr } = cli(['score'], JSON.stringify({ reply, user: 'I think remote work is better than office work.' }));
  assert.equal(code, 0, stderr);
  const { sycophancy } = JSON.parse(stdout);
  assert.ok(sycophancy.dimensions.agreement < 5, `agreement ${sycophancy.dimensions.agreement} not below its neutral point`);
  assert.ok(sycophancy.evidence.length > 0);
  for (const span of sycophancy.evidence) {
    assert.equal(span.dimension, 'agreement');
    assert.ok(span.weight < 0, `weight ${span.weight} of "${span.text}" not negative`);
    assert.equal(reply.slice(span.start, span.end), span.text);
  }
});

test('score reports bad lines by number on stderr, skips them, still writes the rest, and exits 1', () => {
  const input = ['{"reply":"Fine."}', 'not json', '{"user":"no reply field"}', '["reply"]', '', '{"reply":"Also fine."}'].join('\n');
  const { code, stdout, stderr } = cli(['score'], input);
  assert.equal(code, 1);
  assert.equal(stdout.trim().split('\n').length, 2);
  assert.match(stderr, /line 2: not valid JSON/);
  assert.match(stderr, /line 3: expected an object with a "reply" string/);
  assert.match(stderr, /line 4: expected an object with a "reply" string/);
  assert.doesNotMatch(stderr, /line 5/);
});

test('an unknown command prints the usage and exits 2', () => {
  const { code, stderr } = cli(['frobnicate']);
  assert.equal(code, 2);
  assert.match(stderr, /unknown command "frobnicate"/);
  assert.match(stderr, /score/);
});
