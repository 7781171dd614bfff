// Inode numbers as stat shows them through an overlay, against the kernel's
// trace in fixtures/inode-numbers/. A real disk's numbers differ from run to
// run (and from the engine's), so each st_ino is read as the object it
// belongs to (the first name printed with the same low 48 bits) plus its top
// bits exactly, which is where xino puts the layer's fsid; st_dev likewise as
// the first name printed with it. `ls -i` lines (d_ino) are read the same way. Scenarios in scenarios/ are compared
// byte for byte, so these live apart.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { replayScenario, timelineToTrace } from '../src/replay/timeline.ts';
import type { TraceDoc } from '../src/scenario/trace.ts';

const DIR = 'fixtures/inode-numbers';
const LOW = (1n << 48n) - 1n;

/** Each stat line as "name dev=<first name with this dev> ino=<first name with these low bits>+high". */
function symbolic(doc: TraceDoc): string[] {
  const devOwner = new Map<string, string>();
  const inoOwner = new Map<bigint, string>();
  const out: string[] = [];
  for (const s of doc.steps) {
    const isLs = s.cmd.startsWith('ls -i');
    if (!s.cmd.startsWith('stat -c') && !isLs) continue;
    out.push(`$ ${s.cmd} -> ${s.status}`);
    for (const line of s.stdout.split('\n').filter(Boolean)) {
      // stat -c '%n [%d] %i' prints NAME [DEV] INO; ls -i prints INO NAME (d_ino).
      const parts = line.trim().split(/ +/);
      const name = isLs ? `${s.cmd.split(' ').pop()}/${parts[1]}` : parts[0];
      const ino = BigInt(isLs ? parts[0] : parts[parts.length - 1]);
      const dev = !isLs && parts.length === 3 ? parts[1] : undefined;
      if (dev !== undefined && !devOwner.has(dev)) devOwner.set(dev, name);
      const low = ino & LOW;
      if (!inoOwner.has(low)) inoOwner.set(low, name);
      const high = ino >> 48n;
      out.push(`${name}${dev !== undefined ? ` dev=${devOwner.get(dev)}` : ''} ino=${inoOwner.get(low)}${high ? `+(${high}<<48)` : ''}`);
    }
  }
  return out;
}

describe('inode numbers through an overlay (xino)', () => {
  test('xino.sh: st_ino and st_dev belong to the same objects as on Linux, with the same fsid bits', () => {
    const kernel: TraceDoc = JSON.parse(readFileSync(`${DIR}/xino.trace.json`, 'utf8'));
    const engine = timelineToTrace(replayScenario(readFileSync(`${DIR}/xino.sh`, 'utf8')), 'xino.sh');
    const k = symbolic(kernel);
    // The fixture shows what it is meant to: fsid 1 at bit 63, fsids 1 and 2 at bits 62 and 63.
    expect(k).toContain('merged2/a.txt dev=merged2 ino=lower/a.txt+(32768<<48)');
    expect(k).toContain('merged2/b.txt dev=merged2 ino=base/b.txt+(32768<<48)');
    expect(k).toContain('merged2/d dev=merged2 ino=lower/d+(16384<<48)');
    expect(k).toContain('merged2/d/x ino=lower/d/x+(32768<<48)');
    expect(symbolic(engine)).toEqual(k);
  });
});
