// `npm run bench [-- --json]`: the engine's speed and memory on big stacks.
// Prints medians (these machines are noisy); --json prints one object per
// line: {"name", "value", "unit"}. Targets (issue 2): stack build < 1 s,
// each single operation < 20 ms, 1,000 steps of history < 200 MB.
import { O_APPEND, O_WRONLY } from '../src/engine/api.ts';
import { utf8Encode } from '../src/engine/bytes.ts';
import { loadTree, type TreeSpec } from '../src/engine/fs/bulk.ts';
import { Kernel } from '../src/engine/kernel.ts';
import type { Workspace } from '../src/engine/workspace.ts';
import { generateStack } from '../src/replay/generate.ts';
import { appendCommand, emptyTimeline } from '../src/replay/timeline.ts';
import { runStep } from '../src/shell/run.ts';

const json = process.argv.includes('--json');
const gc = (globalThis as { gc?: () => void }).gc;
const results: { name: string; value: number; unit: string; note?: string }[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeRuns(runs: number, fn: () => void): number {
  const times: number[] = [];
  fn(); // warm the JIT once; it is not counted
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function report(name: string, value: number, unit: string, note?: string) {
  results.push({ name, value: Number(value.toFixed(unit === 'ms' ? 2 : 1)), unit, ...(note ? { note } : {}) });
  if (!json) console.log(`${name.padEnd(44)} ${value.toFixed(unit === 'ms' ? 2 : 1).padStart(10)} ${unit}${note ? `  (${note})` : ''}`);
}

/** Adds a tree to a layer directory of an already built workspace (before it is mounted). */
function addToLayer(ws: Workspace, layer: string, spec: TreeSpec): Workspace {
  const root = ws.fs.inodes.get(1)!;
  const ino = root.kind === 'dir' ? root.entries.get(layer) : undefined;
  if (ino === undefined) throw new Error(`no layer ${layer}`);
  return { ...ws, fs: loadTree(ws.fs, ino, spec) };
}

const DEPTH = 30;
function deepSpec(leaf: boolean): TreeSpec {
  let t: TreeSpec = leaf ? { 'file.txt': utf8Encode('deep\n') } : {};
  for (let i = DEPTH; i >= 1; i--) t = { [`l${i}`]: t };
  return { deep: t };
}
const deepPath = `merged/deep/${Array.from({ length: DEPTH }, (_, i) => `l${i + 1}`).join('/')}/file.txt`;

/** The 100,000-entry stack, mounted, with a 30-deep path in every layer and a 10,000-entry directory. */
function benchStack(): Workspace {
  const k = new Kernel(undefined, '', { record: false });
  const { state, lowers } = generateStack({ layers: 3, entries: 100_000 });
  k.ws = state;
  k.umount('merged');
  let ws = k.ws;
  lowers.forEach((l, i) => (ws = addToLayer(ws, l, deepSpec(i === lowers.length - 1))));
  const big: TreeSpec = {};
  for (let i = 0; i < 10_000; i++) big[`f${i}`] = utf8Encode(`${i}\n`);
  ws = addToLayer(ws, lowers[lowers.length - 1], { big });
  const m = new Kernel(ws, '', { record: false });
  const r = m.mount('overlay', 'merged', 'overlay', 0, `lowerdir=${lowers.map((l) => `./${l}`).join(':')},upperdir=./upper,workdir=./work`);
  if (!r.ok) throw new Error(`mount failed: ${r.errno}`);
  return m.ws;
}

if (!json) console.log(`Overlay Lab engine benchmark (node ${process.version}; medians)\n`);

report('stack build: 3 layers, 100,000 entries', timeRuns(5, () => generateStack({ layers: 3, entries: 100_000 })), 'ms');

const stack = benchStack();
report('lookup of a 30-deep path (3 layers, cold)', timeRuns(50, () => {
  const k = new Kernel(stack);
  if (!k.stat(deepPath).ok) throw new Error('deep path missing');
}), 'ms');

report('copy-up of a 30-deep file (31 copy-ups)', timeRuns(30, () => {
  const k = new Kernel(stack);
  const fd = k.open(deepPath, O_WRONLY | O_APPEND);
  if (!fd.ok) throw new Error(`open: ${fd.errno}`);
  k.write(fd.value, utf8Encode('more\n'));
  k.close(fd.value);
}), 'ms');

let rmEvents = 0;
report('rm -rf of a 10,000-entry lower directory', timeRuns(5, () => {
  const k = new Kernel(stack);
  const r = runStep(k, 'rm -rf merged/big');
  if (r.status !== 0) throw new Error(r.stderr);
  rmEvents = k.log.length;
}), 'ms', `${rmEvents} micro-steps: a whiteout per entry`);

report('listing a merged directory of 10,000 entries', timeRuns(20, () => {
  const k = new Kernel(stack);
  const r = k.readdir('merged/big');
  if (!r.ok || r.value.length !== 10_000) throw new Error('listing');
}), 'ms');

report('ls of a merged directory of 10,000 entries', timeRuns(10, () => {
  const k = new Kernel(stack);
  if (runStep(k, 'ls merged/big').status !== 0) throw new Error('ls');
}), 'ms');

// History: 1,000 commands on the big stack, every micro-step kept with its state.
const commands = (i: number) => {
  const d = `d${String(i % 300).padStart(4, '0')}`;
  switch (i % 5) {
    case 0:
      return `echo "step ${i}" > merged/${d}/new${i}.txt`;
    case 1:
      return `echo "more" >> merged/${d}/f${String(i % 90).padStart(4, '0')}.txt`;
    case 2:
      return `rm -f merged/${d}/f${String((i * 7) % 90).padStart(4, '0')}.txt`;
    case 3:
      return `mkdir -p merged/${d}/sub${i}`;
    default:
      return `mv merged/${d}/new${i - 4}.txt merged/${d}/moved${i}.txt`;
  }
};
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let timeline = emptyTimeline(stack);
const stepTimes: number[] = [];
for (let i = 0; i < 1000; i++) {
  const t = performance.now();
  timeline = appendCommand(timeline, commands(i));
  stepTimes.push(performance.now() - t);
}
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
report('1,000 steps of history: heap used', (heapAfter - heapBefore) / (1 << 20), 'MB', `${timeline.total} micro-steps in history${gc ? '' : '; run with --expose-gc for an exact figure'}`);
report('one command on the big stack (median of 1,000)', median(stepTimes), 'ms');

if (json) for (const r of results) console.log(JSON.stringify(r));
