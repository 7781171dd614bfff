#!/usr/bin/env node
// `node scripts/run-all.mjs typecheck lint ...`: runs package.json scripts in
// order, like chained `npm run`s, but every stage runs even after one fails
// (one CI run then reports lint and test failures together), each gets a
// header, and a summary closes the output. Running them without a nested
// npm also spares a screen of npm's own notices.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
const env = { ...process.env, PATH: [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter) };

/**
 * Runs one stage, its output passed through as it comes and kept, so that a
 * failing stage's reasons can be repeated under the summary: a CI log is
 * often read from its end only.
 */
function stage(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: ROOT, env, shell: true, stdio: ['inherit', 'pipe', 'pipe'] });
    const kept = [];
    let size = 0;
    const pass = (to) => (chunk) => {
      to.write(chunk);
      kept.push(chunk);
      size += chunk.length;
      // The last 8 MB at most: enough for every failure a test runner lists.
      while (size > 8 << 20 && kept.length > 1) size -= kept.shift().length;
    };
    child.stdout.on('data', pass(process.stdout));
    child.stderr.on('data', pass(process.stderr));
    child.on('close', (status, signal) => resolve({ status, signal, output: Buffer.concat(kept).toString('utf8') }));
  });
}

/** The lines that say why a stage failed (an error and the few lines after it), at most `max`. */
function reasons(output, max = 60) {
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const out = [];
  for (let i = 0; i < lines.length && out.length < max; i++) {
    if (!/(^|\s)(Error|AssertionError|TypeError)\b[:\s]|^\s*(FAIL|✗|×)\s|^\s*\d+\) \[|error TS\d+|^\s*\d+:\d+\s+error\s/.test(lines[i])) continue;
    for (const l of lines.slice(i, i + 12)) if (l.trim() && out.length < max) out.push(l.slice(0, 200));
    i += 11;
  }
  return out;
}

const results = [];
for (const name of process.argv.slice(2)) {
  const command = scripts[name];
  if (!command) {
    process.stderr.write(`run-all: package.json has no script "${name}"\n`);
    process.exit(2);
  }
  process.stdout.write(`\n━━ ${name}: ${command}\n`);
  const started = Date.now();
  const r = await stage(command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // Ctrl-C reaches the stage too; stop here rather than start the next one.
  if (r.signal === 'SIGINT' || r.signal === 'SIGTERM') process.exit(130);
  results.push({ name, ok: r.status === 0, seconds, why: r.status === 0 ? [] : reasons(r.output) });
}

for (const { name, why } of results) {
  if (why.length === 0) continue;
  process.stdout.write(`\n━━ why ${name} failed (its first reasons, repeated from above)\n`);
  for (const l of why) process.stdout.write(`  ${l}\n`);
}

process.stdout.write('\n━━ summary\n');
for (const { name, ok, seconds } of results) {
  process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(12)} ${seconds.padStart(6)} s\n`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
