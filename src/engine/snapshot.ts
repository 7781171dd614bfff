// The whole workspace as lstat sees it: layers as stored, each mount point
// as seen through its overlay. Walking performs real lookups, and a lookup
// can write (an origin fixed on a merged directory), so this runs against a
// context and its changes are recorded like any other.
import type { Bytes, FileType } from './api.ts';
import type { Ctx } from './ctx.ts';
import { ovlGetxattr, ovlListxattr } from './overlay/xattr.ts';
import { dataOfRef, realForMeta } from './overlay/entry.ts';
import { lookupIn, ROOT } from './vfs/namei.ts';
import { entryOf, metaInode } from './vfs/node.ts';
import { readdirLoc } from './vfs/dirs.ts';
import { compareNames } from './bytes.ts';
import { bytesOf } from './fs/inode.ts';
import type { Loc } from './workspace.ts';

export interface TreeEntry {
  path: string;
  type: FileType | 'whiteout' | 'unresolvable';
  /** Permission bits; absent for whiteouts, symlinks and unresolvable names. */
  mode?: number;
  /** A file's bytes (absent when they live outside the workspace: see `external`). */
  data?: Bytes;
  /** A file whose bytes live outside the workspace (a large image file): its size and sha256. */
  external?: { size: number; sha256: string };
  target?: string;
  xattrs?: Record<string, Bytes>;
}

export function snapshotTree(ctx: Ctx): TreeEntry[] {
  const quiet = ctx.quiet;
  ctx.quiet = true;
  const out: TreeEntry[] = [];
  try {
    visit(ctx, ROOT, '', out);
  } finally {
    ctx.quiet = quiet;
  }
  return out;
}

function visit(ctx: Ctx, dir: Loc, prefix: string, out: TreeEntry[]): void {
  const list = readdirLoc(ctx, dir);
  if (!list.ok) return;
  // The oracle reads directories with node's readdirSync, which libuv
  // sorts (strcmp), and looks each name up in that order: the order matters
  // where one lookup changes the next (two names of one overlay inode).
  const names = list.value.map((e) => e.name).sort(compareNames);
  for (const name of names) {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    const found = lookupIn(ctx, dir, name);
    if (!found.ok || found.value === null) {
      out.push({ path, type: 'unresolvable' });
      continue;
    }
    const loc = found.value;
    const mi = metaInode(ctx, loc);
    if (!mi.ok) {
      out.push({ path, type: 'unresolvable' });
      continue;
    }
    const node = mi.value;
    const isWhiteout = node.kind === 'chardev' && node.major === 0 && node.minor === 0;
    const e: TreeEntry = { path, type: isWhiteout ? 'whiteout' : node.kind };
    if (!isWhiteout && node.kind !== 'symlink') e.mode = node.mode;
    if (node.kind === 'file') {
      let data = node.data;
      if (loc.kind === 'ovl') {
        const en = entryOf(ctx, loc);
        if (en.ok) {
          const di = ctx.ws.fs.inodes.get(en.value.metacopy || en.value.upper === undefined ? dataOfRef(en.value.lowerData ?? realForMeta(en.value)).ino : en.value.upper);
          if (di && di.kind === 'file') {
            data = di.data;
            // The oracle reads a file as node's readFileSync does: st_size
            // bytes when that is not 0. A metacopy's st_size is its upper's,
            // which matches its data unless the upper was changed behind the
            // overlay.
            const shown = node.data.length;
            if (en.value.metacopy && shown > 0 && data.length > shown) data = bytesOf(data).slice(0, shown);
          }
        }
      }
      if (typeof data === 'string') e.data = data;
      else e.external = { size: data.length, sha256: data.sha256 };
    }
    if (node.kind === 'symlink') e.target = node.target;
    const xs = xattrsOf(ctx, loc, node.xattrs);
    if (Object.keys(xs).length > 0) e.xattrs = xs;
    out.push(e);
    if (node.kind === 'dir') visit(ctx, loc, path, out);
  }
}

function xattrsOf(ctx: Ctx, loc: Loc, raw: Readonly<Record<string, Bytes>>): Record<string, Bytes> {
  const out: Record<string, Bytes> = {};
  if (loc.kind === 'ovl') {
    const names = ovlListxattr(ctx, loc);
    for (const n of (names.ok ? names.value : []).filter((x) => !x.startsWith('security.')).sort()) {
      const v = ovlGetxattr(ctx, loc, n);
      if (v.ok) out[n] = v.value;
    }
    return out;
  }
  for (const n of Object.keys(raw).filter((x) => !x.startsWith('security.')).sort()) out[n] = raw[n];
  return out;
}

