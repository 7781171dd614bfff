// What the overlay's workdir holds: the temp names copy-up and whiteout
// creation pass through (work/work/#N), the index (work/index/<fh>) and the
// volatile marker. The stack view lists them, so a copy-up can be seen
// passing through work/ on its way to upper/.
import { isWhiteoutInode, type Ino } from '../engine/fs/inode.ts';
import type { CellKind } from '../engine/explain.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';

export interface WorkEntry {
  /** Path inside the workdir, e.g. "work/#1". */
  path: string;
  kind: CellKind;
  ino: Ino;
}

export function workEntries(ws: Workspace, m: OverlayMount, limit = 24): { entries: WorkEntry[]; more: number } {
  const entries: WorkEntry[] = [];
  let more = 0;
  if (!m.work) return { entries, more };
  const visit = (dirIno: Ino, prefix: string, depth: number) => {
    const d = ws.fs.inodes.get(dirIno);
    if (!d || d.kind !== 'dir') return;
    for (const [name, ino] of [...d.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const i = ws.fs.inodes.get(ino);
      if (!i) continue;
      const path = prefix === '' ? name : `${prefix}/${name}`;
      if (entries.length < limit) entries.push({ path, kind: isWhiteoutInode(i) ? 'whiteout' : i.kind, ino });
      else more++;
      if (i.kind === 'dir' && depth < 4) visit(ino, path, depth + 1);
    }
  };
  visit(m.work.dir, '', 0);
  return { entries, more };
}
