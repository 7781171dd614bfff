// The merged view of an image (or a container), one row per path, read
// through the engine the way the kernel oracle reads a real mount: readdir
// every directory, lstat every name, readlink every symlink, hash every
// file. A name readdir lists but lstat cannot find (a whiteout in a
// directory only one layer has) is reported apart, as the kernel shows it.
import type { FileType } from '../engine/api.ts';
import type { Ino } from '../engine/fs/inode.ts';
import { bytesOf } from '../engine/fs/inode.ts';
import { Kernel } from '../engine/kernel.ts';
import { readdirLoc } from '../engine/vfs/dirs.ts';
import { lookupIn, resolve } from '../engine/vfs/namei.ts';
import { dataIno, metaInode, readlinkLoc, statLoc } from '../engine/vfs/node.ts';
import type { Loc } from '../engine/workspace.ts';
import { byteStringToU8 } from './content.ts';
import { ImageError } from './errors.ts';
import type { Sha256Factory } from './hash.ts';
import { compareNames } from './names.ts';
import type { LayerFact } from './overlay2.ts';

export type TreeType = 'f' | 'd' | 'l' | 'c' | 'b' | 'p' | 's';

export interface TreeRow {
  /** From the root, "/etc/passwd"; names as decoded (see names.ts). */
  path: string;
  type: TreeType;
  /** Permission bits with setuid, setgid, sticky. */
  mode: number;
  uid: number;
  gid: number;
  /** Bytes of a regular file; 0 otherwise. */
  size: number;
  major: number;
  minor: number;
  /** A regular file's sha256 (hex), else null. */
  sha256: string | null;
  target: string | null;
  /** The layer it comes from: "1" = bottom; "init" or "upper" for a container's own layers. */
  layer: string;
}

export interface MergedTree {
  rows: TreeRow[];
  /** Names listed by readdir that lstat says do not exist. */
  unresolvable: string[];
}

const TYPE: Record<FileType, TreeType> = { file: 'f', dir: 'd', symlink: 'l', chardev: 'c', blockdev: 'b', fifo: 'p', socket: 's' };

/**
 * Walks the merged directory at `mergedPath` (a workspace path). `layerOf`
 * names the layer an engine inode belongs to.
 */
export function walkMerged(state: Kernel['ws'], mergedPath: string, facts: Map<Ino, LayerFact>, layerOf: (ino: Ino) => string, hash: Sha256Factory): MergedTree {
  const k = new Kernel(state, '', { record: false });
  k.quiet = true;
  const start = resolve(k, '', mergedPath, true);
  if (!start.ok) throw new ImageError('container', { path: mergedPath, errno: start.errno }, `cannot walk ${mergedPath}: ${start.errno}`);
  const rows: TreeRow[] = [];
  const unresolvable: string[] = [];
  const visit = (dir: Loc, prefix: string) => {
    const list = readdirLoc(k, dir);
    if (!list.ok) return;
    for (const { name } of list.value) {
      const path = `${prefix}/${name}`;
      const found = lookupIn(k, dir, name);
      if (!found.ok || found.value === null) {
        unresolvable.push(path);
        continue;
      }
      const loc = found.value;
      const st = statLoc(k, loc);
      const meta = metaInode(k, loc);
      if (!st.ok || !meta.ok) {
        unresolvable.push(path);
        continue;
      }
      const s = st.value;
      let sha256: string | null = null;
      if (s.type === 'file') {
        const di = dataIno(k, loc);
        const fact = di.ok ? facts.get(di.value) : undefined;
        if (fact) sha256 = fact.node.sha256;
        else {
          const inode = di.ok ? k.ws.fs.inodes.get(di.value) : undefined;
          const h = hash();
          if (inode && inode.kind === 'file') h.update(byteStringToU8(bytesOf(inode.data)));
          sha256 = h.hex();
        }
      }
      const target = s.type === 'symlink' ? readlinkLoc(k, loc) : null;
      rows.push({
        path,
        type: TYPE[s.type],
        mode: s.mode & 0o7777,
        uid: s.uid,
        gid: s.gid,
        size: s.type === 'file' ? s.size : 0,
        major: s.rdevMajor,
        minor: s.rdevMinor,
        sha256,
        target: target && target.ok ? target.value : null,
        layer: layerOf(meta.value.ino),
      });
      if (s.type === 'dir') visit(loc, path);
    }
  };
  visit(start.value, '');
  const byPath = (a: { path: string }, b: { path: string }) => compareNames(a.path, b.path);
  rows.sort(byPath);
  unresolvable.sort(compareNames);
  return { rows, unresolvable };
}

/**
 * A name or target for a tab-separated line: its bytes as they are (UTF-8),
 * except backslash, tab, newline, other control bytes and bytes that are
 * not UTF-8, written \\, \t, \n and \ooo.
 */
export function escapeField(name: string): string {
  if (!/[\\\x00-\x1f\x7f\udc80-\udcff]/.test(name)) return name;
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (c < 0x20 || c === 0x7f) out += `\\${c.toString(8).padStart(3, '0')}`;
    else if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) out += `\\${(c - 0xdc00).toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return out;
}

export const TREE_HEADER = '# path\ttype\tmode\tuid:gid\tsize\tsha256\ttarget\tlayer';

export function formatRow(r: TreeRow): string {
  const size = r.type === 'c' || r.type === 'b' ? `${r.major},${r.minor}` : String(r.type === 'f' ? r.size : 0);
  return [
    escapeField(r.path),
    r.type,
    r.mode.toString(8).padStart(4, '0'),
    `${r.uid}:${r.gid}`,
    size,
    r.sha256 ? r.sha256.slice(0, 16) : '-',
    r.target === null ? '-' : escapeField(r.target),
    r.layer,
  ].join('\t');
}

/** The `image tree` text: a header comment, one line per path, unresolvable names as comments. */
export function formatTree(t: MergedTree): string {
  const lines = [TREE_HEADER, ...t.rows.map(formatRow), ...t.unresolvable.map((p) => `# unresolvable\t${escapeField(p)}\treaddir lists it, lstat says ENOENT`)];
  return `${lines.join('\n')}\n`;
}
