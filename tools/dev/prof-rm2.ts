import { utf8Encode } from '../../src/engine/bytes.ts';
import { loadTree, type TreeSpec } from '../../src/engine/fs/bulk.ts';
import { Kernel } from '../../src/engine/kernel.ts';
import { generateStack } from '../../src/replay/generate.ts';
import { walkMounts } from '../../src/engine/overlay/walk.ts';
import { runStep } from '../../src/shell/run.ts';

const { state, lowers } = generateStack({ layers: 3, entries: 100_000 });
const k = new Kernel(state, '', { record: false });
k.umount('merged');
let ws = k.ws;
const root = ws.fs.inodes.get(1)!;
const ino = root.kind === 'dir' ? root.entries.get(lowers[lowers.length - 1])! : 0;
const big: TreeSpec = {};
for (let i = 0; i < 10_000; i++) big[`f${i}`] = utf8Encode(`${i}\n`);
ws = { ...ws, fs: loadTree(ws.fs, ino, { big }) };
const m = new Kernel(ws, '', { record: false });
m.mount('overlay', 'merged', 'overlay', 0, `lowerdir=${lowers.map((l) => `./${l}`).join(':')},upperdir=./upper,workdir=./work`);
walkMounts(m);
const cmd = process.argv[2] ?? 'rm -rf merged/big';
for (let i = 0; i < 5; i++) {
  const kk = new Kernel(m.ws, '', { record: 'events' });
  let t = performance.now();
  runStep(kk, cmd);
  const a = performance.now() - t;
  t = performance.now();
  walkMounts(kk);
  const b = performance.now() - t;
  t = performance.now();
  kk.settle();
  console.log(cmd, 'run', a.toFixed(1), 'walk', b.toFixed(1), 'settle', (performance.now() - t).toFixed(1), kk.events.length);
}
