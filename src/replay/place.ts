// Where a disk object sits in an overlay's picture: the merged view, one of
// its layers, or its workdir, and the path inside it. Events say what they
// touched by inode (a directory and a name, or an inode); this walks the
// directory's parent pointers up to a layer root, so no display path is
// ever read back.
import type { DiskRef, EngineEvent, LayerName } from '../engine/events.ts';
import { layersOf } from '../engine/explain.ts';
import type { Ino } from '../engine/fs/inode.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';

export type Slot = { kind: 'merged' } | { kind: 'work' } | { kind: 'layer'; index: number };

export interface Place {
  slot: Slot;
  /** Path inside the slot ("" for its root). */
  path: string;
}

/** The directories an overlay's picture is made of, by inode: each layer's root, the workdir, the mount point. */
function rootsOf(ws: Workspace, m: OverlayMount): Map<Ino, Slot> {
  const roots = new Map<Ino, Slot>();
  if (m.mountpoint.kind === 'base') roots.set(m.mountpoint.ino, { kind: 'merged' });
  if (m.work) roots.set(m.work.dir, { kind: 'work' });
  const layers = layersOf(m);
  const inos = [...(m.upper ? [m.upper.root] : []), ...m.lowers.map((l) => l.root), ...m.dataLowers.map((l) => l.root)];
  // A layer's root inode stays its own while the layer exists; after an umount it may have gone.
  layers.forEach((_, index) => {
    if (ws.fs.inodes.get(inos[index])?.kind === 'dir') roots.set(inos[index], { kind: 'layer', index });
  });
  return roots;
}

const MAX_DEPTH = 4096;
/** How far back in a command an inode's name is looked for (a copy-up names its file within a few steps). */
const LOOK_BACK = 512;

/** The place of a directory: up its parents to the first root of the picture. */
export function placeOfDir(ws: Workspace, m: OverlayMount, dir: Ino): Place | null {
  const roots = rootsOf(ws, m);
  const names: string[] = [];
  let cur = dir;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const slot = roots.get(cur);
    if (slot) return { slot, path: names.reverse().join('/') };
    const d = ws.fs.inodes.get(cur);
    if (!d || d.kind !== 'dir' || d.parent === cur) return null;
    names.push(d.name);
    cur = d.parent;
  }
  return null;
}

/** The place of a name in a directory (the directory's own place for an unnamed inode). */
export function placeOfRef(ws: Workspace, m: OverlayMount, ref: Pick<DiskRef, 'dir' | 'name'>): Place | null {
  const p = placeOfDir(ws, m, ref.dir);
  if (!p || ref.name === null) return p;
  return { slot: p.slot, path: p.path === '' ? ref.name : `${p.path}/${ref.name}` };
}

/** The grid column (layersOf order) of kernel layer `k` (0 upper, 1.. lowers, then data-only ones). */
export function slotOfLayer(m: OverlayMount, k: number): Slot {
  return { kind: 'layer', index: layersOf(m).findIndex((l) => l.index === k) };
}

/** The kernel layer index of a probe's layer. */
export function kernelIndex(m: OverlayMount, l: LayerName): number {
  return l.kind === 'upper' ? 0 : l.kind === 'lower' ? l.index + 1 : m.lowers.length + 1 + l.index;
}

/**
 * Where inode `ino` is, as the events of its command so far tell: a name it
 * was given (create, link, rename), a lookup that found it, or, for a
 * directory, its own parents. `prior[0 .. end)` are the command's earlier
 * events, oldest first; it looks back at most LOOK_BACK of them.
 */
export function placeOfIno(ws: Workspace, m: OverlayMount, ino: Ino, prior: readonly EngineEvent[], end = prior.length): Place | null {
  const i = ws.fs.inodes.get(ino);
  if (i && i.kind === 'dir' && i.parent !== ino) return placeOfRef(ws, m, { dir: i.parent, name: i.name });
  for (let k = end - 1; k >= Math.max(0, end - LOOK_BACK); k--) {
    const e = prior[k];
    if ((e.type === 'create' || e.type === 'link' || e.type === 'rename') && e.ref.ino === ino) return placeOfRef(ws, m, e.ref);
    if (e.type === 'rename' && e.src.ino === ino) return placeOfRef(ws, m, e.src);
    if (e.type === 'lookup' && e.mount === m.id) {
      const p = e.probes.find((x) => x.ino === ino);
      if (p) return { slot: slotOfLayer(m, kernelIndex(m, p.layer)), path: e.at.join('/') };
    }
    if (e.type === 'copy-up' && e.mount === m.id && e.ino === ino) return { slot: slotOfLayer(m, e.layer), path: e.at.join('/') };
  }
  return null;
}

/** The place of the main thing an event touched (its destination for a move). */
export function placeOfEvent(ws: Workspace, m: OverlayMount, e: EngineEvent, prior: readonly EngineEvent[], end = prior.length): Place | null {
  switch (e.type) {
    case 'lookup':
    case 'copy-up':
    case 'readdir':
      return e.mount === m.id ? { slot: { kind: 'merged' }, path: e.at.join('/') } : null;
    case 'create':
    case 'link':
    case 'unlink':
    case 'rmdir':
    case 'rename':
      return placeOfRef(ws, m, e.ref);
    case 'write':
    case 'truncate':
    case 'setattr':
    case 'setxattr':
    case 'removexattr':
      return placeOfIno(ws, m, e.ino, prior, end);
    case 'mount':
    case 'umount':
      return e.mount === m.id ? { slot: { kind: 'merged' }, path: '' } : null;
    case 'dcache':
    case 'error':
      return null;
  }
}

/** The row (path inside the overlay) an event is about, if it is about one. */
export function focusOf(ws: Workspace, m: OverlayMount, e: EngineEvent, prior: readonly EngineEvent[], end = prior.length): string | null {
  const p = placeOfEvent(ws, m, e, prior, end);
  if (p && p.slot.kind !== 'work' && p.path !== '') return p.path;
  // A move out of work/ (copy-up's last step, a whiteout put in place) is about where it lands; one into work/ about where it left.
  if (e.type === 'rename') {
    const src = placeOfRef(ws, m, e.src);
    if (src && src.slot.kind !== 'work' && src.path !== '') return src.path;
  }
  return null;
}
