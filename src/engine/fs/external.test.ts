// Files whose bytes live outside the workspace (a container image's large
// files): their size is known without the bytes, a copy-up shares the
// reference, and only what really reads or changes the bytes loads them.
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_RDONLY, O_WRONLY } from '../api.ts';
import { Kernel } from '../kernel.ts';
import { snapshotTree } from '../snapshot.ts';
import { loadNodes, type BulkNode } from './bulk.ts';
import { child, childIno, ROOT_INO } from './fs.ts';
import type { ExternalBytes, FileInode } from './inode.ts';

function external(text: string): ExternalBytes & { loads: number } {
  const x = { kind: 'external' as const, length: text.length, sha256: 'f'.repeat(64), loads: 0, load: () => (x.loads++, text) };
  return x;
}

function withLayer(children: [string, BulkNode][], options = ''): Kernel {
  const k = new Kernel();
  for (const d of ['lower', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
  const root = k.ws.fs.inodes.get(1);
  const lower = root && root.kind === 'dir' ? root.entries.get('lower')! : -1;
  k.ws = { ...k.ws, fs: loadNodes(k.ws.fs, lower, children) };
  const m = k.mount('overlay', 'merged', 'overlay', 0, `${options}lowerdir=lower,upperdir=upper,workdir=work`);
  if (!m.ok) throw new Error(m.errno);
  return k;
}

const file = (data: BulkNode['data'], mode = 0o644): BulkNode => ({ kind: 'file', mode, uid: 0, gid: 0, data });

describe('external file data', () => {
  it('gives the size without loading, and the bytes when read', () => {
    const big = external('big contents\n');
    const k = withLayer([['big', file(big)]]);
    expect(k.stat('merged/big')).toMatchObject({ ok: true, value: { size: 13 } });
    expect(big.loads).toBe(0);
    const fd = k.open('merged/big', O_RDONLY);
    if (!fd.ok) throw new Error(fd.errno);
    expect(k.read(fd.value)).toEqual({ ok: true, value: 'big contents\n' });
    expect(big.loads).toBe(1);
  });

  it('is shared, not read, by a copy-up (chmod), and read once an append needs the bytes', () => {
    const big = external('abc');
    const k = withLayer([['big', file(big)]]);
    expect(k.chmod('merged/big', 0o600).ok).toBe(true);
    expect(big.loads).toBe(0);
    const upper = child(k.ws.fs, childIno(k.ws.fs, ROOT_INO, 'upper')!, 'big') as FileInode;
    expect(upper.data).toBe(big);
    const fd = k.open('merged/big', O_WRONLY | O_APPEND);
    if (!fd.ok) throw new Error(fd.errno);
    k.write(fd.value, 'd');
    k.close(fd.value);
    expect(big.loads).toBe(1);
    const r = k.open('merged/big', O_RDONLY);
    if (!r.ok) throw new Error(r.errno);
    expect(k.read(r.value)).toEqual({ ok: true, value: 'abcd' });
  });

  it('with metacopy=on, a chmod copies no data and the later data copy-up shares the reference', () => {
    const big = external('metadata first');
    const k = withLayer([['big', file(big)]], 'metacopy=on,');
    expect(k.chmod('merged/big', 0o600).ok).toBe(true);
    const fd = k.open('merged/big', O_WRONLY);
    if (!fd.ok) throw new Error(fd.errno);
    k.close(fd.value);
    const upper = child(k.ws.fs, childIno(k.ws.fs, ROOT_INO, 'upper')!, 'big') as FileInode;
    expect(upper.data).toBe(big);
    expect(big.loads).toBe(0);
  });

  it('shows in a snapshot by size and digest, without its bytes', () => {
    const big = external('xyz');
    const k = withLayer([['big', file(big)]]);
    const e = snapshotTree(k).find((x) => x.path === 'merged/big')!;
    expect(e.data).toBeUndefined();
    expect(e.external).toEqual({ size: 3, sha256: 'f'.repeat(64) });
    expect(big.loads).toBe(0);
  });
});

describe('loadNodes', () => {
  it('keeps modes, owners, kinds, and one inode for a hard-linked object', () => {
    const shared = file('same\n', 0o4755);
    const k = withLayer([
      ['a', shared],
      ['b', shared],
      ['d', { kind: 'dir', mode: 0o1777, uid: 5, gid: 6, children: [['s', { kind: 'symlink', mode: 0o644, uid: 7, gid: 8, target: '../a' }]] }],
      ['null', { kind: 'chardev', mode: 0o666, uid: 0, gid: 0, major: 1, minor: 3 }],
    ]);
    const a = k.lstat('lower/a');
    const b = k.lstat('lower/b');
    if (!a.ok || !b.ok) throw new Error('missing');
    expect(a.value.ino).toBe(b.value.ino);
    expect(a.value.nlink).toBe(2);
    expect(a.value.mode).toBe(0o4755);
    expect(k.lstat('lower/d')).toMatchObject({ ok: true, value: { mode: 0o1777, uid: 5, gid: 6, type: 'dir' } });
    expect(k.lstat('merged/d/s')).toMatchObject({ ok: true, value: { mode: 0o777, uid: 7, gid: 8, type: 'symlink' } });
    expect(k.readlink('merged/d/s')).toEqual({ ok: true, value: '../a' });
    expect(k.lstat('merged/null')).toMatchObject({ ok: true, value: { type: 'chardev', rdevMajor: 1, rdevMinor: 3 } });
  });
});
