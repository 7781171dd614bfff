// Dev loop: replays scenarios through the engine and compares with their
// recorded kernel traces. Usage: tsx tools/dev/check-scenarios.ts [--level core|full] [--strict] [-v] [FILE...]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeDifference, engineDisagreement } from '../../src/replay/agree.ts';
import type { Level } from '../../src/scenario/compare.ts';
import type { TraceDoc } from '../../src/scenario/trace.ts';

const args = process.argv.slice(2);
const level = (args.includes('--level') ? args[args.indexOf('--level') + 1] : 'full') as Level;
const strict = args.includes('--strict');
const verbose = args.includes('-v');
let files = args.filter((a, i) => a.endsWith('.sh') && args[i - 1] !== '--level');
if (files.length === 0) files = readdirSync('scenarios').filter((f) => f.endsWith('.sh')).map((f) => join('scenarios', f));
let pass = 0;
const failures: string[] = [];
for (const f of files.sort()) {
  let kernel: TraceDoc;
  try {
    kernel = JSON.parse(readFileSync(f.replace(/\.sh$/, '.trace.json'), 'utf8'));
  } catch {
    continue;
  }
  const diffs = engineDisagreement(kernel, readFileSync(f, 'utf8'), { level, strict, name: basename(f) });
  if (diffs.length === 0) pass++;
  else {
    failures.push(`${f}: ${diffs.length} differences; first at ${describeDifference(diffs[0])}`);
    if (verbose) for (const d of diffs.slice(0, 12)) console.log(`   [${d.step}] ${d.cmd}\n        ${d.what}`);
  }
}
for (const l of failures) console.log(l);
console.log(`${pass}/${pass + failures.length} agree at ${level}${strict ? ' (strict)' : ''}`);
