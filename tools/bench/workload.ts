// What the engine benchmark measures, as plain data both sides share: the
// layer trees (built in the engine and, for the kernel, on disk) and the
// operations, written as the command lines a person would type, so the
// engine and the real kernel run exactly the same thing.
import { stackLayers, type Layers, type Tree } from './engine.ts';

export const STACK = { layers: 3, entries: 100_000 };
export const BIG = 10_000;
export const DEPTH = 30;

const deepDirs = Array.from({ length: DEPTH }, (_, i) => `l${i + 1}`);
export const DEEP_FILE = `merged/deep/${deepDirs.join('/')}/file.txt`;

function deepTree(leaf: boolean): Tree {
  let t: Tree = leaf ? { 'file.txt': 'deep\n' } : {};
  for (let i = DEPTH; i >= 1; i--) t = { [`l${i}`]: t };
  return t;
}

/** BIG names spread over the lowers (name i in layer i mod n), every tenth also in every other layer: a merged directory. */
function mixedTrees(n: number): Tree[] {
  const trees: Tree[] = Array.from({ length: n }, () => ({}));
  for (let i = 0; i < BIG; i++) {
    const name = `m${String(i).padStart(5, '0')}`;
    for (let l = 0; l < n; l++) if (i % n === l || i % 10 === 0) trees[l][name] = `${l} ${i}\n`;
  }
  return trees;
}

/**
 * The 100,000-entry, 3-layer stack of `?stack=100000&layers=3`, plus: a
 * 30-deep path in every layer (the file at its end in the bottom one),
 * big/ with 10,000 files in the bottom layer, and mixed/ with 10,000 names
 * merged from all three layers.
 */
export function benchLayers(): Layers {
  const { lowers, trees } = stackLayers(STACK.layers, STACK.entries);
  const bottom = lowers.length - 1;
  const mixed = mixedTrees(lowers.length);
  const big: Tree = {};
  for (let i = 0; i < BIG; i++) big[`f${i}`] = `${i}\n`;
  return {
    lowers,
    trees: trees.map((t, i) => ({ ...t, deep: deepTree(i === bottom), mixed: mixed[i], ...(i === bottom ? { big } : {}) })),
  };
}

/** A command line shortened for a table: the 30-deep path as its ends. */
export const shortCmd = (cmd: string) => cmd.replace(/l1\/l2\/.*\/l30/, 'l1/…/l30');

export interface Operation {
  name: string;
  /** The command line, run from the directory holding merged/. */
  cmd: string;
  /** Timed runs (after one warm-up run); each starts from a fresh mount with an empty upper. */
  runs: number;
  /** A program the shell starts (its start-up is measured apart), or a bash builtin. */
  external: boolean;
  /** Also timed on the kernel with the volatile mount option (no fsync after each copy-up). */
  volatileToo?: boolean;
  target: string;
}

/** Operations timed in the engine and, where it is available, on the kernel. */
export const OPERATIONS: Operation[] = [
  { name: 'rm -rf of a 10,000-entry lower directory', cmd: 'rm -rf merged/big', runs: 5, external: true, target: 'engine/kernel <= 1' },
  { name: 'rm -rf of a 30-deep lower tree (30 directories)', cmd: 'rm -rf merged/deep', runs: 10, external: true, target: 'engine/kernel <= 1' },
  { name: 'ls of a 10,000-entry directory (one layer)', cmd: 'ls merged/big', runs: 10, external: true, target: 'engine/kernel <= 1' },
  { name: 'ls of a 10,000-entry directory merged from 3 layers', cmd: 'ls merged/mixed', runs: 10, external: true, target: 'engine/kernel <= 1' },
  { name: 'chmod -R of a 10,000-file lower tree (copy-up)', cmd: 'chmod -R 700 merged/big', runs: 3, external: true, volatileToo: true, target: 'engine/kernel <= 1' },
  { name: 'echo >> a 30-deep lower file (31 copy-ups)', cmd: `echo more >> ${DEEP_FILE}`, runs: 20, external: false, volatileToo: true, target: 'engine/kernel <= 1' },
];

/** The 1,000 commands of the history measurement: new files, appends, removals, mkdirs and renames across the stack. */
export function historyCommand(i: number): string {
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
}
