// The hot paths copy inodes and mounts field by field (copyInode,
// withDentries) instead of spreading them. Those copies must stay exactly
// what a spread gives: the same fields, values and order, for every kind of
// inode and for mounts with and without their shared whiteout.
import { describe, expect, it } from 'vitest';
import { O_CREAT, O_WRONLY } from './api.ts';
import { loadTree } from './fs/bulk.ts';
import { copyInode } from './fs/fs.ts';
import type { Inode } from './fs/inode.ts';
import { Kernel } from './kernel.ts';
import { withDentries, type OverlayMount, type Workspace } from './workspace.ts';

function busyWorkspace(): Kernel {
  const k = new Kernel();
  for (const d of ['lower', 'lower/d', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
  const fd = k.open('lower/f', O_WRONLY | O_CREAT, 0o644);
  if (fd.ok) k.close(fd.value);
  k.symlink('f', 'lower/l');
  k.mknod('lower/p', 'fifo', 0o644);
  k.mknod('lower/c', 'chardev', 0o644, 1, 3);
  k.setxattr('lower/f', 'user.x', 'y');
  // A layer unpacked in bulk, as big stacks are.
  const root = k.ws.fs.inodes.get(1);
  const lower = root && root.kind === 'dir' ? root.entries.get('lower') : undefined;
  if (lower === undefined) throw new Error('no lower');
  k.ws = { ...k.ws, fs: loadTree(k.ws.fs, lower, { bulk: { a: 'a\n', sub: { b: '' } } }) };
  const m = k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower,upperdir=upper,workdir=work');
  if (!m.ok) throw new Error(`mount: ${m.errno}`);
  k.readdir('merged');
  k.unlink('merged/f');
  k.rmdir('merged/d');
  k.chmod('merged/l', 0o600);
  k.mkdir('merged/new', 0o700);
  return k;
}

function statesOf(k: Kernel): Workspace[] {
  return [...k.log.map((r) => r.state), k.ws];
}

describe('field-by-field copies', () => {
  it('copyInode gives what a spread gives, for every kind', () => {
    const k = busyWorkspace();
    const kinds = new Set<string>();
    for (const ws of statesOf(k)) {
      for (const i of ws.fs.inodes.values()) {
        kinds.add(i.kind);
        const copy = copyInode(i);
        const spread: Inode = { ...i };
        expect(Object.keys(copy)).toEqual(Object.keys(spread));
        expect(copy).toEqual(spread);
        expect(copy).not.toBe(i);
      }
    }
    expect([...kinds].sort()).toEqual(['chardev', 'dir', 'fifo', 'file', 'symlink']);
  });

  it('withDentries gives what a spread gives, with and without a shared whiteout', () => {
    const k = busyWorkspace();
    let withWhiteout = 0;
    let without = 0;
    const check = (m: OverlayMount) => {
      if ('whiteout' in m) withWhiteout++;
      else without++;
      const copy = withDentries(m, m.dcache, m.pins, m.walked);
      const spread: OverlayMount = { ...m, dcache: m.dcache, pins: m.pins, walked: m.walked };
      expect(Object.keys(copy)).toEqual(Object.keys(spread));
      expect(copy).toEqual(spread);
    };
    for (const ws of statesOf(k)) ws.mounts.forEach(check);
    expect(withWhiteout).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });
});
