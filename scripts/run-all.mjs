#!/usr/bin/env node
// `node scripts/run-all.mjs typecheck lint ...`: runs package.json scripts in
// order, like chained `npm run`s, but every stage runs even after one fails
// (one CI run then reports lint and test failures together), each gets a
// header, and a summary closes the output. Running them without a nested
// npm also spares a screen of npm's own notices.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
const env = { ...process.env, PATH: [join(ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter) };

const results = [];
for (const name of process.argv.slice(2)) {
  const command = scripts[name];
  if (!command) {
    process.stderr.write(`run-all: package.json has no script "${name}"\n`);
    process.exit(2);
  }
  process.stdout.write(`\n━━ ${name}: ${command}\n`);
  const started = Date.now();
  const r = spawnSync(command, { cwd: ROOT, env, shell: true, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // Ctrl-C reaches the stage too; stop here rather than start the next one.
  if (r.signal === 'SIGINT' || r.signal === 'SIGTERM') process.exit(130);
  results.push({ name, ok: r.status === 0, seconds });
}

process.stdout.write('\n━━ summary\n');
for (const { name, ok, seconds } of results) {
  process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(12)} ${seconds.padStart(6)} s\n`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
