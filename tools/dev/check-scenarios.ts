// Dev loop: replays scenarios through the engine and compares with their
// recorded kernel traces. Usage: tsx tools/dev/check-scenarios.ts [--level core|full] [--strict] [-v] [FILE...]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { replayScenario, timelineToTrace } from '../../src/replay/timeline.ts';
import { compareTraces, type Level } from '../../src/scenario/compare.ts';
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
  let sim: TraceDoc;
  try {
    sim = timelineToTrace(replayScenario(readFileSync(f, 'utf8')), basename(f));
  } catch (e) {
    failures.push(`${f}: CRASH ${(e as Error).message.split('\n')[0]}`);
    if (verbose) console.log((e as Error).stack);
    continue;
  }
  const diffs = compareTraces(kernel, sim, level, strict);
  if (diffs.length === 0) pass++;
  else {
    failures.push(`${f}: ${diffs.length} differences; first at step ${diffs[0].step} \`${diffs[0].cmd}\`: ${diffs[0].what}`);
    if (verbose) for (const d of diffs.slice(0, 12)) console.log(`   [${d.step}] ${d.cmd}\n        ${d.what}`);
  }
}
for (const l of failures) console.log(l);
console.log(`${pass}/${pass + failures.length} agree at ${level}${strict ? ' (strict)' : ''}`);
