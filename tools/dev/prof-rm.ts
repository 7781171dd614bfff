import { utf8Encode } from '../../src/engine/bytes.ts';
import { loadTree, type TreeSpec } from '../../src/engine/fs/bulk.ts';
import { Kernel } from '../../src/engine/kernel.ts';
import { generateStack } from '../../src/replay/generate.ts';
import { appendCommand, emptyTimeline } from '../../src/replay/timeline.ts';
import { walkMounts } from '../../src/engine/overlay/walk.ts';

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
const t0 = emptyTimeline(m.ws);
const cmd = process.argv[2] ?? 'rm -rf merged/big';
for (let i = 0; i < 6; i++) {
  const s = performance.now();
  const c = process.cpuUsage();
  const t = appendCommand(t0, cmd);
  const u = process.cpuUsage(c);
  console.log(cmd, (performance.now() - s).toFixed(1), 'ms wall', ((u.user + u.system) / 1000).toFixed(1), 'ms cpu', t.total, 'micro-steps');
}
