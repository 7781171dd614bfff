// The layer grid of an overlay that is not mounted (before its mount, or
// after its umount): each layer directory as it is on disk, and the mount
// point as the plain directory it then is. No lookup runs, because no
// overlay exists; what the cells say about each inode comes from the
// engine's own predicates, the same ones lookup uses.
//
// Only called when no overlay is in force, so walking raw directory
// entries from the root sees what lstat would.
import { child, ROOT_INO } from '../engine/fs/fs.ts';
import { isWhiteoutInode, type Ino, type Inode } from '../engine/fs/inode.ts';
import { layersOf, type Cell, type Grid, type GridRow } from '../engine/explain.ts';
import { isMetacopyFile, isOpaqueDir } from '../engine/overlay/lookup.ts';
import { X } from '../engine/overlay/layers.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';

/** The directory at a workspace path, without following symlinks. */
function dirAt(ws: Workspace, path: string): Ino | undefined {
  let cur: Ino = ROOT_INO;
  for (const name of path.split('/').filter(Boolean)) {
    const c = child(ws.fs, cur, name);
    if (!c || c.kind !== 'dir') return undefined;
    cur = c.ino;
  }
  return cur;
}

// The same facts explain.ts's cells carry (it does not export its helper).
function diskCell(i: Inode | undefined): Cell {
  if (!i) return { kind: 'absent' };
  if (isWhiteoutInode(i)) return { kind: 'whiteout', ino: i.ino };
  const c: Cell = { kind: i.kind, mode: i.mode, ino: i.ino };
  const x = i.xattrs;
  if (isOpaqueDir(i)) c.opaque = true;
  if (x[X.redirect] !== undefined) c.redirect = x[X.redirect];
  if (isMetacopyFile(i)) c.metacopy = true;
  if (x[X.origin] !== undefined) c.origin = true;
  if (x[X.impure] !== undefined) c.impure = true;
  if (x[X.nlink] !== undefined) c.nlink = x[X.nlink];
  return c;
}

export function diskGrid(ws: Workspace, m: OverlayMount): Grid {
  const layers = layersOf(m);
  const rows: GridRow[] = [];
  const inodes = ws.fs.inodes;
  const entry = (d: Ino | undefined, name: string) => {
    const di = d === undefined ? undefined : inodes.get(d);
    const ino = di && di.kind === 'dir' ? di.entries.get(name) : undefined;
    return ino === undefined ? undefined : inodes.get(ino);
  };
  const visit = (dirs: (Ino | undefined)[], mergedDir: Ino | undefined, path: string[]) => {
    const names = new Set<string>();
    for (const d of [...dirs, mergedDir]) {
      const di = d === undefined ? undefined : inodes.get(d);
      if (di && di.kind === 'dir') for (const n of di.entries.keys()) names.add(n);
    }
    for (const name of [...names].sort()) {
      const kids = dirs.map((d) => entry(d, name));
      const mergedKid = entry(mergedDir, name);
      const merged = diskCell(mergedKid);
      const cells = kids.map(diskCell);
      const isDir = merged.kind === 'dir' || cells.some((c) => c.kind === 'dir');
      const childPath = [...path, name];
      rows.push({ path: childPath.join('/'), name, depth: path.length, cells, merged, from: null, isDir });
      const sub = (i: Inode | undefined) => (i && i.kind === 'dir' ? i.ino : undefined);
      if (isDir) visit(kids.map(sub), sub(mergedKid), childPath);
    }
  };
  visit(
    layers.map((l) => dirAt(ws, l.path)),
    dirAt(ws, m.target),
    [],
  );
  return { mount: m.id, layers, rows };
}
