// Pure operations on the base filesystem. Each returns a new Fs and leaves
// the old one untouched, sharing every inode it did not change.
import { Map as IMap } from 'immutable';
import type { Bytes } from '../api.ts';
import type { DirInode, FileInode, Ino, Inode, Xattrs } from './inode.ts';
import { emptyInodeTable, type InodeTable } from './table.ts';

export interface Fs {
  readonly inodes: InodeTable;
  readonly nextIno: Ino;
  /** A logical clock: ticks once per change, standing in for time. */
  readonly clock: number;
}

export const ROOT_INO: Ino = 1;
const NO_XATTRS: Xattrs = Object.freeze({});

export function emptyFs(): Fs {
  const root: DirInode = {
    ino: ROOT_INO,
    mode: 0o755,
    uid: 0,
    gid: 0,
    nlink: 2,
    xattrs: NO_XATTRS,
    atime: 0,
    mtime: 0,
    ctime: 0,
    kind: 'dir',
    entries: IMap(),
    parent: ROOT_INO,
    name: '',
  };
  return { inodes: emptyInodeTable().set(ROOT_INO, root), nextIno: ROOT_INO + 1, clock: 1 };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A fresh copy of an inode for the caller to change before it is stored.
 * Written out field by field, in the one order every inode is made with
 * (InodeCommon's, then the kind's own): much cheaper than a spread, and the
 * copy keeps all its fields in the object itself. Each change to the disk
 * copies one or two inodes, and every recorded state keeps them.
 */
export function copyInode(i: FileInode): Mutable<FileInode>;
export function copyInode(i: DirInode): Mutable<DirInode>;
export function copyInode(i: Inode): Mutable<Inode>;
export function copyInode(i: Inode): Mutable<Inode> {
  switch (i.kind) {
    case 'file':
      return { ino: i.ino, mode: i.mode, uid: i.uid, gid: i.gid, nlink: i.nlink, xattrs: i.xattrs, atime: i.atime, mtime: i.mtime, ctime: i.ctime, kind: i.kind, data: i.data };
    case 'dir':
      return { ino: i.ino, mode: i.mode, uid: i.uid, gid: i.gid, nlink: i.nlink, xattrs: i.xattrs, atime: i.atime, mtime: i.mtime, ctime: i.ctime, kind: i.kind, entries: i.entries, parent: i.parent, name: i.name };
    case 'symlink':
      return { ino: i.ino, mode: i.mode, uid: i.uid, gid: i.gid, nlink: i.nlink, xattrs: i.xattrs, atime: i.atime, mtime: i.mtime, ctime: i.ctime, kind: i.kind, target: i.target };
    case 'chardev':
    case 'blockdev':
      return { ino: i.ino, mode: i.mode, uid: i.uid, gid: i.gid, nlink: i.nlink, xattrs: i.xattrs, atime: i.atime, mtime: i.mtime, ctime: i.ctime, kind: i.kind, major: i.major, minor: i.minor };
    case 'fifo':
    case 'socket':
      return { ino: i.ino, mode: i.mode, uid: i.uid, gid: i.gid, nlink: i.nlink, xattrs: i.xattrs, atime: i.atime, mtime: i.mtime, ctime: i.ctime, kind: i.kind };
  }
}

/** A directory with one entry changed (the entries given), its link count moved by `nlinkDelta`, touched at `now`. */
function dirChanged(d: DirInode, entries: IMap<string, Ino>, nlinkDelta: number, now: number): DirInode {
  const n = copyInode(d);
  n.entries = entries;
  n.nlink = d.nlink + nlinkDelta;
  n.mtime = now;
  n.ctime = now;
  return n;
}

export function inode(fs: Fs, ino: Ino): Inode {
  const i = fs.inodes.get(ino);
  if (!i) throw new Error(`engine bug: no inode ${ino}`);
  return i;
}

export function dir(fs: Fs, ino: Ino): DirInode {
  const i = inode(fs, ino);
  if (i.kind !== 'dir') throw new Error(`engine bug: inode ${ino} is not a directory`);
  return i;
}

export function childIno(fs: Fs, dirIno: Ino, name: string): Ino | undefined {
  const d = fs.inodes.get(dirIno);
  return d && d.kind === 'dir' ? d.entries.get(name) : undefined;
}

export function child(fs: Fs, dirIno: Ino, name: string): Inode | undefined {
  const c = childIno(fs, dirIno, name);
  return c === undefined ? undefined : fs.inodes.get(c);
}

export function put(fs: Fs, i: Inode): Fs {
  return { ...fs, inodes: fs.inodes.set(i.ino, i) };
}

export function tick(fs: Fs): Fs {
  return { ...fs, clock: fs.clock + 1 };
}

/** Who a new inode belongs to (root when not given: the mounter, or a set-up step). */
export interface NewOwner {
  uid?: number;
  gid?: number;
}

export type NewInode = NewOwner &
  (
    | { kind: 'file'; data?: Bytes }
    | { kind: 'dir' }
    | { kind: 'symlink'; target: string }
    | { kind: 'chardev' | 'blockdev'; major: number; minor: number }
    | { kind: 'fifo' | 'socket' }
  );

/** Allocates an inode with no name (nlink 0): the caller links it. */
export function allocInode(fs: Fs, spec: NewInode, mode: number, parent: Ino = ROOT_INO): [Fs, Ino] {
  const ino = fs.nextIno;
  const now = fs.clock;
  const m = mode & 0o7777;
  const uid = spec.uid ?? 0;
  const gid = spec.gid ?? 0;
  // Written out in full (the fields in one order, no spread), so that every
  // inode keeps its fields in the object itself: each change to one copies it.
  let i: Inode;
  switch (spec.kind) {
    case 'file':
      i = { ino, mode: m, uid, gid, nlink: 0, xattrs: NO_XATTRS, atime: now, mtime: now, ctime: now, kind: 'file', data: spec.data ?? '' };
      break;
    case 'dir':
      i = { ino, mode: m, uid, gid, nlink: 0, xattrs: NO_XATTRS, atime: now, mtime: now, ctime: now, kind: 'dir', entries: IMap(), parent, name: '' };
      break;
    case 'symlink':
      i = { ino, mode: 0o777, uid, gid, nlink: 0, xattrs: NO_XATTRS, atime: now, mtime: now, ctime: now, kind: 'symlink', target: spec.target };
      break;
    case 'chardev':
    case 'blockdev':
      i = { ino, mode: m, uid, gid, nlink: 0, xattrs: NO_XATTRS, atime: now, mtime: now, ctime: now, kind: spec.kind, major: spec.major, minor: spec.minor };
      break;
    case 'fifo':
    case 'socket':
      i = { ino, mode: m, uid, gid, nlink: 0, xattrs: NO_XATTRS, atime: now, mtime: now, ctime: now, kind: spec.kind };
      break;
  }
  return [{ ...fs, inodes: fs.inodes.set(ino, i), nextIno: ino + 1, clock: now + 1 }, ino];
}

/** Adds `name -> ino` to a directory and counts the link. */
export function linkEntry(fs: Fs, dirIno: Ino, name: string, ino: Ino): Fs {
  const d = dir(fs, dirIno);
  const target = inode(fs, ino);
  const now = fs.clock;
  const isDir = target.kind === 'dir';
  const newTarget = copyInode(target);
  if (newTarget.kind === 'dir') {
    newTarget.nlink = target.nlink === 0 ? 2 : target.nlink;
    newTarget.parent = dirIno;
    newTarget.name = name;
  } else newTarget.nlink = target.nlink + 1;
  newTarget.ctime = now;
  const newDir = dirChanged(d, d.entries.set(name, ino), isDir ? 1 : 0, now);
  // A directory linked into itself cannot happen (callers check), so the
  // order of these two puts does not matter.
  return { inodes: fs.inodes.set(ino, newTarget).set(dirIno, newDir), nextIno: fs.nextIno, clock: now + 1 };
}

/**
 * Removes a name. The inode goes when its last link does, unless `keep`
 * says something (an open descriptor) still holds it.
 */
export function unlinkEntry(fs: Fs, dirIno: Ino, name: string, keep?: (ino: Ino) => boolean): Fs {
  const d = dir(fs, dirIno);
  const ino = d.entries.get(name);
  if (ino === undefined) throw new Error(`engine bug: unlink of missing ${name}`);
  const target = inode(fs, ino);
  const now = fs.clock;
  const isDir = target.kind === 'dir';
  const nlink = isDir ? 0 : target.nlink - 1;
  let inodes = fs.inodes.set(dirIno, dirChanged(d, d.entries.delete(name), isDir ? -1 : 0, now));
  if (nlink <= 0 && !keep?.(ino)) inodes = inodes.delete(ino);
  else {
    const t = copyInode(target);
    t.nlink = nlink;
    t.ctime = now;
    inodes = inodes.set(ino, t);
  }
  return { inodes, nextIno: fs.nextIno, clock: now + 1 };
}

export function update<T extends Inode>(fs: Fs, ino: Ino, f: (i: T) => T): Fs {
  const i = inode(fs, ino) as T;
  const now = fs.clock;
  return { ...fs, inodes: fs.inodes.set(ino, { ...f(i), ctime: now }), clock: now + 1 };
}

export function setXattr(fs: Fs, ino: Ino, name: string, value: Bytes): Fs {
  return update(fs, ino, (i) => ({ ...i, xattrs: { ...i.xattrs, [name]: value } }));
}

export function removeXattr(fs: Fs, ino: Ino, name: string): Fs {
  return update(fs, ino, (i) => {
    const rest = { ...i.xattrs };
    delete rest[name];
    return { ...i, xattrs: rest };
  });
}

/** A directory removed while something still held it: nothing can be created in it. */
export function isDeadDir(fs: Fs, ino: Ino): boolean {
  const d = fs.inodes.get(ino);
  return !d || (d.kind === 'dir' && d.nlink === 0);
}

/** Is `a` the directory `b` or one of its ancestors? */
export function isAncestorOrSelf(fs: Fs, a: Ino, b: Ino): boolean {
  let cur = b;
  for (;;) {
    if (cur === a) return true;
    const d = fs.inodes.get(cur);
    if (!d || d.kind !== 'dir' || d.parent === cur) return false;
    cur = d.parent;
  }
}

/** The names from the root to a directory, or null if it is no longer linked. */
export function dirPath(fs: Fs, ino: Ino): string[] | null {
  const names: string[] = [];
  let cur = ino;
  while (cur !== ROOT_INO) {
    const d = fs.inodes.get(cur);
    if (!d || d.kind !== 'dir') return null;
    const parent = fs.inodes.get(d.parent);
    if (!parent || parent.kind !== 'dir' || parent.entries.get(d.name) !== cur) return null;
    names.push(d.name);
    cur = d.parent;
  }
  return names.reverse();
}

/** A directory's workspace path ("" for the root), or "?" once it is gone. */
export function dirPathString(fs: Fs, ino: Ino): string {
  // dirPath(fs, ino)?.join('/') ?? '?', built in place: every event's label comes through here.
  let out = '';
  let cur = ino;
  while (cur !== ROOT_INO) {
    const d = fs.inodes.get(cur);
    if (!d || d.kind !== 'dir') return '?';
    const parent = fs.inodes.get(d.parent);
    if (!parent || parent.kind !== 'dir' || parent.entries.get(d.name) !== cur) return '?';
    out = cur === ino ? d.name : `${d.name}/${out}`;
    cur = d.parent;
  }
  return out;
}

export function joinPath(dirPath: string, name: string): string {
  return dirPath === '' ? name : `${dirPath}/${name}`;
}

/** Moves a name to a free place (rename without replace); the inode keeps its links. */
export function moveEntry(fs: Fs, oldDir: Ino, oldName: string, newDir: Ino, newName: string): Fs {
  const ino = childIno(fs, oldDir, oldName);
  if (ino === undefined) throw new Error(`engine bug: move of missing ${oldName}`);
  const target = inode(fs, ino);
  const isDir = target.kind === 'dir';
  const now = fs.clock;
  let inodes = fs.inodes;
  const od = dir(fs, oldDir);
  inodes = inodes.set(oldDir, dirChanged(od, od.entries.delete(oldName), isDir ? -1 : 0, now));
  // The same directory, if it is one, as just changed.
  const nd = dir({ ...fs, inodes }, newDir);
  inodes = inodes.set(newDir, dirChanged(nd, nd.entries.set(newName, ino), isDir ? 1 : 0, now));
  const t = copyInode(target);
  if (t.kind === 'dir') {
    t.parent = newDir;
    t.name = newName;
  }
  t.ctime = now;
  inodes = inodes.set(ino, t);
  return { inodes, nextIno: fs.nextIno, clock: now + 1 };
}

/** Swaps two names (RENAME_EXCHANGE). */
export function exchangeEntries(fs: Fs, aDir: Ino, aName: string, bDir: Ino, bName: string): Fs {
  const a = childIno(fs, aDir, aName);
  const b = childIno(fs, bDir, bName);
  if (a === undefined || b === undefined) throw new Error('engine bug: exchange of missing entry');
  const ai = inode(fs, a);
  const bi = inode(fs, b);
  const now = fs.clock;
  let inodes = fs.inodes;
  const setEntry = (d: Ino, name: string, ino: Ino, delta: number) => {
    const di = dir({ ...fs, inodes }, d);
    inodes = inodes.set(d, { ...di, entries: di.entries.set(name, ino), nlink: di.nlink + delta, mtime: now, ctime: now });
  };
  const dirDelta = (ai.kind === 'dir' ? 1 : 0) - (bi.kind === 'dir' ? 1 : 0);
  setEntry(aDir, aName, b, aDir === bDir ? 0 : -dirDelta);
  setEntry(bDir, bName, a, aDir === bDir ? 0 : dirDelta);
  if (ai.kind === 'dir') inodes = inodes.set(a, { ...ai, parent: bDir, name: bName, ctime: now });
  if (bi.kind === 'dir') inodes = inodes.set(b, { ...bi, parent: aDir, name: aName, ctime: now });
  return { ...fs, inodes, clock: now + 1 };
}
