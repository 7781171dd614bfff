// `tsx tools/fuzz/shrink.ts FILE.sh`: removes lines from a script while the
// engine and the kernel still disagree (greedy, one line at a time, the
// mount kept as long as it is needed), and prints the smallest script found
// with its first differences. Exit status: 0 they agree, 1 a disagreement
// was shrunk; stdout drains into a pipe first.
import { readFileSync } from 'node:fs';
import { disagreement } from './differential.ts';
import { finish, outLine } from '../cli/stdout.ts';

const fails = (ls: string[]) => disagreement(`${ls.join('\n')}\n`).length > 0;

function shrink(file: string): number {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (!fails(lines)) {
    outLine('the engine and the kernel agree on this script');
    return 0;
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
  outLine(cur.join('\n'));
  for (const d of disagreement(`${cur.join('\n')}\n`).slice(0, 8)) outLine(`  step ${d.step} \`${d.cmd}\`: ${d.what}`);
  return 1;
}

finish(shrink(process.argv[2]));
