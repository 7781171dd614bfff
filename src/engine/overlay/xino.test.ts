// st_ino through an overlay, one row per rule (inode.c ovl_getattr and
// ovl_map_dev_ino, super.c ovl_get_fsid and the xino bits of
// ovl_get_layers). fixtures/inode-numbers/xino.sh holds the same facts as
// recorded on Linux 6.18 (tools/inode-numbers.test.ts).
import { describe, expect, it } from 'vitest';
import { O_CREAT, O_WRONLY } from '../api.ts';
import { Kernel } from '../kernel.ts';

function disk(): Kernel {
  const k = new Kernel();
  for (const d of ['lower', 'lower/d', 'upper', 'work', 'merged', 'base', 'upper2', 'work2', 'merged2']) k.mkdir(d, 0o755);
  for (const f of ['lower/a.txt', 'base/b.txt']) {
    const fd = k.open(f, O_WRONLY | O_CREAT, 0o644);
    if (!fd.ok) throw new Error(f);
    k.close(fd.value);
  }
  return k;
}

function mount(k: Kernel, target: string, opts: string): void {
  const r = k.mount('overlay', target, 'overlay', 0, opts);
  if (!r.ok) throw new Error(`mount ${opts}: ${r.errno}`);
}

/** st_ino as "<number of the named disk object>" plus the fsid bits xino set, if any. */
function ino(k: Kernel, path: string): string {
  const s = k.lstat(path);
  if (!s.ok) return s.errno;
  const x = s.value.xino;
  return `${s.value.ino}${x ? ` fsid ${x.fsid}<<${x.shift}` : ''}`;
}

const num = (k: Kernel, path: string): string => {
  const s = k.lstat(path);
  return s.ok ? String(s.value.ino) : s.errno;
};

const STACK = 'lowerdir=lower,upperdir=upper,workdir=work';

interface Row {
  rule: string;
  run: (k: Kernel) => void;
  want: (k: Kernel) => Record<string, string>;
}

const ROWS: Row[] = [
  {
    rule: 'ovl_get_layers: all layers on one filesystem, xino=on is ignored: the layer objects\' own numbers',
    run: (k) => mount(k, 'merged', `${STACK},xino=on`),
    want: (k) => ({ 'merged/a.txt': num(k, 'lower/a.txt'), 'merged/d': num(k, 'lower/d') }),
  },
  {
    rule: 'ovl_get_root: the root with an upper shows the upper\'s number, not the lower root\'s',
    run: (k) => mount(k, 'merged', STACK),
    want: (k) => ({ merged: num(k, 'upper') }),
  },
  {
    rule: 'ovl_map_dev_ino: an overlay lower with xino=on and an upper: two bits, the inner\'s objects fsid 1 at bit 63, the upper\'s filesystem fsid 0',
    run: (k) => {
      mount(k, 'merged', STACK);
      mount(k, 'merged2', 'lowerdir=merged:base,upperdir=upper2,workdir=work2,xino=on');
    },
    want: (k) => ({
      'merged2/a.txt': `${num(k, 'lower/a.txt')} fsid 1<<63`,
      'merged2/d': `${num(k, 'lower/d')} fsid 1<<63`,
      'merged2/b.txt': num(k, 'base/b.txt'),
      merged2: num(k, 'upper2'),
    }),
  },
  {
    rule: 'ovl_getattr: a copy-up keeps the number and fsid of its origin in the inner layer',
    run: (k) => {
      mount(k, 'merged', STACK);
      mount(k, 'merged2', 'lowerdir=merged:base,upperdir=upper2,workdir=work2,xino=on');
      k.chmod('merged2/a.txt', 0o600);
    },
    want: (k) => ({ 'merged2/a.txt': `${num(k, 'lower/a.txt')} fsid 1<<63` }),
  },
  {
    rule: 'ovl_get_layers: lower-only with xino=auto, three filesystems (fsid 0 kept): three bits, fsid 1 at bit 62, fsid 2 at bit 63',
    run: (k) => {
      mount(k, 'merged', STACK);
      mount(k, 'merged2', 'lowerdir=merged:base,xino=auto');
    },
    want: (k) => ({
      'merged2/a.txt': `${num(k, 'lower/a.txt')} fsid 1<<62`,
      'merged2/b.txt': `${num(k, 'base/b.txt')} fsid 2<<62`,
      merged2: `${num(k, 'upper')} fsid 1<<62`,
    }),
  },
  {
    rule: 'ovl_lower_dir: xino=auto with an upper falls back to off at an overlay lower: plain numbers',
    run: (k) => {
      mount(k, 'merged', STACK);
      mount(k, 'merged2', 'lowerdir=merged:base,upperdir=upper2,workdir=work2,xino=auto');
    },
    want: (k) => ({ 'merged2/a.txt': num(k, 'lower/a.txt'), 'merged2/b.txt': num(k, 'base/b.txt') }),
  },
];

describe('inode numbers (xino)', () => {
  it.each(ROWS.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    const k = disk();
    row.run(k);
    for (const [path, want] of Object.entries(row.want(k))) expect(ino(k, path), path).toBe(want);
  });
});
