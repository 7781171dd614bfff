// What the inspector shows for one grid row: each layer's object as stored
// (mode, links, content, every xattr) and the merged object as a program
// sees it through the mount (read with the engine's own syscalls, so the
// overlay decides what shows, e.g. which xattrs are hidden).
import { O_RDONLY, type Bytes } from '../engine/api.ts';
import { bytesToHex, isPrintableText, utf8DecodeLossy } from '../engine/bytes.ts';
import type { Cell, GridRow, LayerInfo } from '../engine/explain.ts';
import { Kernel } from '../engine/kernel.ts';
import { bytesOf } from '../engine/fs/inode.ts';
import type { Workspace } from '../engine/workspace.ts';

/** Longest content shown; the rest is counted, not copied into the page. */
export const CONTENT_LIMIT = 4096;

export interface Content {
  text: string;
  /** Not UTF-8 text: shown as hex. */
  binary: boolean;
  /** Bytes left out past CONTENT_LIMIT. */
  omitted: number;
}

export interface XattrView {
  name: string;
  /** The value as text, or hex when it is not printable (file handles, uuids). */
  value: string;
  binary: boolean;
}

export interface ObjectDetail {
  cell: Cell;
  /** Workspace path of the object. */
  path: string;
  mode?: number;
  nlink?: number;
  ino?: number;
  size?: number;
  content?: Content;
  target?: string;
  xattrs: XattrView[];
}

export interface RowDetail {
  /** One per grid layer, in grid order. */
  layers: ObjectDetail[];
  merged: ObjectDetail;
}

function contentOf(data: Bytes): Content {
  const shown = data.slice(0, CONTENT_LIMIT);
  const binary = !isPrintableText(shown.replace(/[\n\t\r]/g, ''));
  return { text: binary ? bytesToHex(shown).replace(/(..)/g, '$1 ').trim() : utf8DecodeLossy(shown), binary, omitted: Math.max(0, data.length - CONTENT_LIMIT) };
}

function xattrView(name: string, v: Bytes): XattrView {
  const printable = isPrintableText(v);
  return { name, value: printable ? utf8DecodeLossy(v) : bytesToHex(v), binary: !printable };
}

const join = (a: string, b: string) => (a === '' ? b : `${a}/${b}`);

function layerDetail(ws: Workspace, cell: Cell, path: string): ObjectDetail {
  const d: ObjectDetail = { cell, path, xattrs: [] };
  const i = cell.ino === undefined ? undefined : ws.fs.inodes.get(cell.ino);
  if (!i) return d;
  d.mode = i.mode;
  d.nlink = i.nlink;
  d.ino = i.ino;
  if (i.kind === 'file') {
    d.size = i.data.length;
    d.content = contentOf(bytesOf(i.data));
  }
  if (i.kind === 'symlink') d.target = i.target;
  d.xattrs = Object.keys(i.xattrs)
    .sort()
    .map((n) => xattrView(n, i.xattrs[n]));
  return d;
}

/** The merged object through the VFS; a throwaway kernel, so reading writes nothing back. */
function mergedDetail(ws: Workspace, cell: Cell, path: string): ObjectDetail {
  const d: ObjectDetail = { cell, path, xattrs: [] };
  if (cell.kind === 'absent' || cell.kind === 'unresolvable') return d;
  const k = new Kernel(ws, '', { record: false });
  const st = k.lstat(path);
  if (!st.ok) return d;
  d.mode = st.value.mode;
  d.nlink = st.value.nlink;
  d.ino = st.value.ino;
  d.size = st.value.size;
  if (st.value.type === 'symlink') {
    const t = k.readlink(path);
    if (t.ok) d.target = t.value;
  }
  if (st.value.type === 'file') {
    const fd = k.open(path, O_RDONLY);
    if (fd.ok) {
      const r = k.read(fd.value, CONTENT_LIMIT + 1);
      if (r.ok) d.content = { ...contentOf(r.value.slice(0, CONTENT_LIMIT)), omitted: Math.max(0, st.value.size - CONTENT_LIMIT) };
      k.close(fd.value);
    }
  }
  const names = k.listxattr(path, { nofollow: true });
  if (names.ok) {
    for (const n of [...names.value].sort()) {
      const v = k.getxattr(path, n, { nofollow: true });
      if (v.ok) d.xattrs.push(xattrView(n, v.value));
    }
  }
  return d;
}

/** `mergedRoot` is the mount point's workspace path. */
export function inspectRow(ws: Workspace, layers: readonly LayerInfo[], row: GridRow, mergedRoot: string): RowDetail {
  return {
    layers: layers.map((l, i) => layerDetail(ws, row.cells[i], join(l.path, row.path))),
    merged: mergedDetail(ws, row.merged, join(mergedRoot, row.path)),
  };
}
