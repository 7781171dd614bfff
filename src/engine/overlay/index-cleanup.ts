// ovl_indexdir_cleanup at mount: leftovers of interrupted work ("#" names)
// and orphans (index entries no overlay name refers to any more) go.
import type { Ctx } from '../ctx.ts';
import { realUnlink } from '../real.ts';
import type { OverlayMount } from '../workspace.ts';
import { X } from './layers.ts';

export function cleanupIndexDir(ctx: Ctx, m: OverlayMount): void {
  const indexDir = m.work?.index;
  if (indexDir === undefined) return;
  const dir = ctx.ws.fs.inodes.get(indexDir);
  if (!dir || dir.kind !== 'dir') return;
  for (const [name, ino] of dir.entries) {
    const node = ctx.ws.fs.inodes.get(ino);
    if (!node) continue;
    if (name.startsWith('#')) {
      removeAll(ctx, indexDir, name);
      continue;
    }
    if (node.kind === 'dir' || node.kind === 'chardev') continue;
    const v = node.xattrs[X.nlink];
    const union = v && /^U[+-]\d+$/.test(v) ? node.nlink + Number(v.slice(1)) : node.nlink;
    if (node.nlink === 1 && union <= 0) realUnlink(ctx, indexDir, name, 'cleanup');
  }
}

function removeAll(ctx: Ctx, dir: number, name: string): void {
  const d = ctx.ws.fs.inodes.get(dir);
  const ino = d && d.kind === 'dir' ? d.entries.get(name) : undefined;
  const node = ino === undefined ? undefined : ctx.ws.fs.inodes.get(ino);
  if (!node) return;
  if (node.kind === 'dir') for (const n of [...node.entries.keys()]) removeAll(ctx, node.ino, n);
  realUnlink(ctx, dir, name, 'cleanup');
}
