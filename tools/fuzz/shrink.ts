// `tsx tools/fuzz/shrink.ts FILE.sh`: removes lines from a script while the
// engine and the kernel still disagree (greedy, one line at a time, the
// mount kept as long as it is needed), and prints the smallest script found
// with its first differences.
import { readFileSync } from 'node:fs';
import { disagreement } from './differential.ts';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
const fails = (ls: string[]) => disagreement(`${ls.join('\n')}\n`).length > 0;
if (!fails(lines)) {
  console.log('the engine and the kernel agree on this script');
  process.exit(0);
}
let cur = lines;
for (let changed = true; changed; ) {
  changed = false;
  for (let i = cur.length - 1; i >= 0; i--) {
    const cand = [...cur.slice(0, i), ...cur.slice(i + 1)];
    if (fails(cand)) {
      cur = cand;
      changed = true;
    }
  }
}
console.log(cur.join('\n'));
for (const d of disagreement(`${cur.join('\n')}\n`).slice(0, 8)) console.log(`  step ${d.step} \`${d.cmd}\`: ${d.what}`);
