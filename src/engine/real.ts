// Changes to the real disk, one event each: the only way state changes.
// Plain-directory syscalls and the overlay's work on its layers both come
// through here, so every change is narrated with its cause.
import type { Bytes } from './api.ts';
import { utf8Decode } from './bytes.ts';
import { commit, type Ctx } from './ctx.ts';
import type { Cause } from './events.ts';
import {
  allocInode,
  child,
  dirPathString,
  exchangeEntries,
  joinPath,
  linkEntry,
  moveEntry,
  removeXattr,
  setXattr,
  unlinkEntry,
  update,
  type NewInode,
} from './fs/fs.ts';
import { bytesOf, type FileData, type FileInode, type Ino } from './fs/inode.ts';

export const pathIn = (ctx: Ctx, dirIno: Ino, name: string): string => joinPath(dirPathString(ctx.ws.fs, dirIno), name);

/** What an O_TMPFILE inode is called in narration: it has no name, only the directory it was made in. */
export const UNNAMED = '(unnamed temp file)';
export const unnamedIn = (ctx: Ctx, dirIno: Ino): string => joinPath(dirPathString(ctx.ws.fs, dirIno), UNNAMED);
/** Events on an unnamed inode say so as data, not only in their label. */
const tmp = (label: string) => (label.endsWith(`/${UNNAMED}`) ? { tmpfile: true as const } : {});

/** How an xattr value reads in a caption. */
export function showValue(v: Bytes): string {
  const t = utf8Decode(v);
  return t !== null && !/[\u0000-\u001f\u007f-\u009f]/.test(t) ? t : '<binary>';
}

export function realCreate(ctx: Ctx, dirIno: Ino, name: string, spec: NewInode, mode: number, cause: Cause): Ino {
  const [fs1, ino] = allocInode(ctx.ws.fs, spec, mode, dirIno);
  const fs2 = linkEntry(fs1, dirIno, name, ino);
  const node = spec.kind === 'chardev' && spec.major === 0 && spec.minor === 0 ? 'whiteout' : spec.kind;
  commit(ctx, fs2, { type: 'create', path: pathIn(ctx, dirIno, name), node, mode, cause, ref: { dir: dirIno, name, ino } });
  return ino;
}

/** O_TMPFILE: an inode with no name yet, in a directory of the upper disk. */
export function realTmpfile(ctx: Ctx, dirIno: Ino, mode: number, cause: Cause): Ino {
  const [fs1, ino] = allocInode(ctx.ws.fs, { kind: 'file' }, mode, dirIno);
  commit(ctx, fs1, { type: 'create', path: dirPathString(fs1, dirIno), node: 'file', mode, cause, tmpfile: true, ref: { dir: dirIno, name: null, ino } });
  return ino;
}

export function realLink(ctx: Ctx, ino: Ino, fromLabel: string, dirIno: Ino, name: string, cause: Cause): void {
  const fs = linkEntry(ctx.ws.fs, dirIno, name, ino);
  commit(ctx, fs, { type: 'link', from: fromLabel, to: pathIn(ctx, dirIno, name), cause, ref: { dir: dirIno, name, ino }, ...tmp(fromLabel) });
}

/** `dirLabel`, if given, is the directory's path as pathIn would find it (for callers emptying one directory). */
export function realUnlink(ctx: Ctx, dirIno: Ino, name: string, cause: Cause, dirLabel?: string): void {
  const path = dirLabel === undefined ? pathIn(ctx, dirIno, name) : joinPath(dirLabel, name);
  const gone = child(ctx.ws.fs, dirIno, name);
  const ref = { dir: dirIno, name, ino: gone?.ino ?? 0 };
  const fs = unlinkEntry(ctx.ws.fs, dirIno, name, ctx.isHeld);
  commit(ctx, fs, gone?.kind === 'dir' ? { type: 'rmdir', path, cause, ref } : { type: 'unlink', path, cause, ref });
}

/** rename(2): moves a name, replacing whatever the new name held (the caller checked it may). */
export function realRename(ctx: Ctx, oldDir: Ino, oldName: string, newDir: Ino, newName: string, cause: Cause): void {
  const from = pathIn(ctx, oldDir, oldName);
  const to = pathIn(ctx, newDir, newName);
  let fs = ctx.ws.fs;
  const ino = child(fs, oldDir, oldName)?.ino ?? 0;
  if (child(fs, newDir, newName)) fs = unlinkEntry(fs, newDir, newName, ctx.isHeld);
  fs = moveEntry(fs, oldDir, oldName, newDir, newName);
  commit(ctx, fs, { type: 'rename', from, to, cause, src: { dir: oldDir, name: oldName, ino }, ref: { dir: newDir, name: newName, ino } });
}

export function realExchange(ctx: Ctx, aDir: Ino, aName: string, bDir: Ino, bName: string, cause: Cause): void {
  const from = pathIn(ctx, aDir, aName);
  const to = pathIn(ctx, bDir, bName);
  const a = child(ctx.ws.fs, aDir, aName)?.ino ?? 0;
  const b = child(ctx.ws.fs, bDir, bName)?.ino ?? 0;
  const fs = exchangeEntries(ctx.ws.fs, aDir, aName, bDir, bName);
  // Each name now holds the other's inode: `src` is where a's went, `ref` where b's did.
  commit(ctx, fs, { type: 'rename', from, to, cause, flags: 'exchange', src: { dir: bDir, name: bName, ino: a }, ref: { dir: aDir, name: aName, ino: b } });
}

export function realSetXattr(ctx: Ctx, ino: Ino, label: string, name: string, value: Bytes, cause: Cause): void {
  commit(ctx, setXattr(ctx.ws.fs, ino, name, value), { type: 'setxattr', path: label, name, value: showValue(value), cause, ino, ...tmp(label) });
}

export function realRemoveXattr(ctx: Ctx, ino: Ino, label: string, name: string, cause: Cause): void {
  commit(ctx, removeXattr(ctx.ws.fs, ino, name), { type: 'removexattr', path: label, name, cause, ino, ...tmp(label) });
}

export function realWrite(ctx: Ctx, ino: Ino, label: string, offset: number, data: Bytes, cause: Cause): void {
  const fs = update<FileInode>(ctx.ws.fs, ino, (f) => {
    const cur = bytesOf(f.data);
    const base = cur.length < offset ? cur + '\0'.repeat(offset - cur.length) : cur;
    return { ...f, data: base.slice(0, offset) + data + base.slice(offset + data.length), mtime: ctx.ws.fs.clock };
  });
  commit(ctx, fs, { type: 'write', path: label, bytes: data.length, offset, cause, ino, ...tmp(label) });
}

export function realTruncate(ctx: Ctx, ino: Ino, label: string, size: number, cause: Cause): void {
  const fs = update<FileInode>(ctx.ws.fs, ino, (f) => {
    // The same length keeps the data as it is (external bytes stay unread).
    if (size === f.data.length) return { ...f, mtime: ctx.ws.fs.clock };
    const cur = bytesOf(f.data);
    return { ...f, data: size <= cur.length ? cur.slice(0, size) : cur + '\0'.repeat(size - cur.length), mtime: ctx.ws.fs.clock };
  });
  commit(ctx, fs, { type: 'truncate', path: label, size, cause, ino, ...tmp(label) });
}

/**
 * A write of the whole of some data at offset 0, over a file no longer than
 * it (an empty copy-up target, or a metacopy's NUL-filled upper): the file
 * ends up holding exactly that data, so the data is shared instead of
 * copied (external bytes stay unread).
 */
export function realCopyData(ctx: Ctx, ino: Ino, label: string, data: FileData, cause: Cause): void {
  const fs = update<FileInode>(ctx.ws.fs, ino, (f) => {
    if (f.data.length > data.length) throw new Error('engine bug: realCopyData over a longer file');
    return { ...f, data, mtime: ctx.ws.fs.clock };
  });
  commit(ctx, fs, { type: 'write', path: label, bytes: data.length, offset: 0, cause, ino, ...tmp(label) });
}

export function realSetattr(
  ctx: Ctx,
  ino: Ino,
  label: string,
  attrs: { mode?: number; uid?: number; gid?: number; times?: { atime: number; mtime: number } },
  cause: Cause,
): void {
  const fs = update(ctx.ws.fs, ino, (i) => ({
    ...i,
    ...(attrs.mode !== undefined && i.kind !== 'symlink' ? { mode: attrs.mode & 0o7777 } : {}),
    ...(attrs.uid !== undefined ? { uid: attrs.uid } : {}),
    ...(attrs.gid !== undefined ? { gid: attrs.gid } : {}),
    ...(attrs.times ? { atime: attrs.times.atime, mtime: attrs.times.mtime } : {}),
  }));
  commit(ctx, fs, {
    type: 'setattr',
    path: label,
    cause,
    ...(attrs.mode !== undefined ? { mode: attrs.mode & 0o7777 } : {}),
    ...(attrs.uid !== undefined || attrs.gid !== undefined ? { owner: true } : {}),
    ...(attrs.times ? { times: true } : {}),
    ino,
    ...tmp(label),
  });
}
