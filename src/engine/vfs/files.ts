// Open files: open(2) with its flags, read, write, ftruncate. Opening an
// overlay file for writing (or with O_TRUNC) copies it up first, and the
// descriptor then refers to the upper copy.
import { O_ACCMODE, O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_TRUNC, O_WRONLY, type Bytes, type Stat } from '../api.ts';
import { fail, ok, OK, type Result } from '../errno.ts';
import type { Kernel, OpenFile } from '../kernel.ts';
import { bytesOf, MAX_FILE_BYTES } from '../fs/inode.ts';
import { realCreate, realSetattr, realTruncate, realWrite } from '../real.ts';
import { ovlCreate } from '../overlay/create.ts';
import { ovlOpenForWrite } from '../overlay/copyup.ts';
import { mountReadonly } from '../overlay/mount.ts';
import { ovlSetattr } from '../overlay/setattr.ts';
import type { Loc } from '../workspace.ts';
import { walk, locPath } from './namei.ts';
import { dataIno, metaInode, realPath, statLoc } from './node.ts';
import { joinPath, type NewInode } from '../fs/fs.ts';
import { capable, credOf, inGroupOrCapable, MAY_APPEND, MAY_READ, MAY_WRITE, mayCreate, newOwner, permission, S_ISGID, S_ISUID } from './perm.ts';

const wantsWrite = (flags: number) => (flags & O_ACCMODE) !== O_RDONLY;

/** build_open_flags' acc_mode: read and write as asked, O_TRUNC a write, O_APPEND an append. */
function accMask(flags: number): number {
  const acc = flags & O_ACCMODE;
  let m = acc === O_RDONLY ? MAY_READ : acc === O_WRONLY ? MAY_WRITE : MAY_READ | MAY_WRITE;
  if (flags & O_TRUNC) m |= MAY_WRITE;
  if (flags & O_APPEND) m |= MAY_APPEND;
  return m;
}

export function open(k: Kernel, path: string, flags: number, mode: number): Result<number> {
  const follow = !(flags & O_NOFOLLOW) && !((flags & O_CREAT) && (flags & O_EXCL));
  // O_CREAT: a trailing slash is EISDIR before the last name is looked up (open_last_lookups).
  const w = walk(k, k.cwd, path, follow, flags & O_CREAT ? 'create' : 'lookup');
  if (!w.ok) return w;
  let { loc } = w.value;
  const { parent, name } = w.value;
  if (!loc) {
    if (!(flags & O_CREAT)) return fail('ENOENT');
    if (!parent) return fail('ENOENT');
    if (parent.kind === 'ovl' && mountReadonly(k, parent.mount)) return fail('EROFS');
    const may = mayCreate(k, parent);
    if (!may.ok) return may;
    const created = createNode(k, parent, name, { kind: 'file' }, mode & ~k.umask & 0o7777);
    if (!created.ok) return created;
    loc = created.value;
    return ok(addFd(k, loc, flags, walkedPath(k, parent, name, loc)));
  }
  if ((flags & O_CREAT) && (flags & O_EXCL)) return fail('EEXIST');
  const mi = metaInode(k, loc);
  if (!mi.ok) return mi;
  const node = mi.value;
  if (node.kind === 'symlink') return fail('ELOOP');
  if ((flags & O_DIRECTORY) && node.kind !== 'dir') return fail('ENOTDIR');
  if (node.kind === 'dir') {
    if (wantsWrite(flags) || (flags & O_CREAT) || (flags & O_TRUNC)) return fail('EISDIR');
    const may = permission(k, loc, accMask(flags));
    if (!may.ok) return may;
    return ok(addFd(k, loc, flags, walkedPath(k, parent, name, loc)));
  }
  // may_open: the caller's access (a write asked of a read-only overlay is EROFS first).
  const may = permission(k, loc, accMask(flags));
  if (!may.ok) return may;
  if (node.kind === 'chardev' || node.kind === 'blockdev') {
    // Only the null device (1,3) has a driver here; a whiteout (0,0) has none.
    if (node.kind === 'chardev' && node.major === 1 && node.minor === 3) {
      return ok(addFd(k, loc, flags, walkedPath(k, parent, name, loc), true));
    }
    return fail('ENXIO');
  }
  if (node.kind === 'fifo' || node.kind === 'socket') return fail('ENXIO');
  if (wantsWrite(flags) || (flags & O_TRUNC)) {
    if (loc.kind === 'ovl') {
      if (mountReadonly(k, loc.mount)) return fail('EROFS');
      const r = ovlOpenForWrite(k, loc, flags);
      if (!r.ok) return r;
    }
    if (flags & O_TRUNC) {
      const ino = dataIno(k, loc);
      if (!ino.ok) return ino;
      killPriv(k, ino.value, realPath(k, loc, walkedPath(k, parent, name, loc)));
      const f = k.ws.fs.inodes.get(ino.value);
      if (f && f.kind === 'file' && f.data.length > 0) {
        realTruncate(k, ino.value, realPath(k, loc, walkedPath(k, parent, name, loc)), 0, 'syscall');
      }
    }
  }
  return ok(addFd(k, loc, flags, walkedPath(k, parent, name, loc)));
}

/**
 * file_remove_privs and do_truncate's should_remove_suid: a write or a
 * truncate by a caller without CAP_FSETID drops set-user-id, and
 * set-group-id when group-exec is on or the caller is not in the group.
 */
function killPriv(k: Kernel, ino: number, label: string): void {
  const c = credOf(k);
  if (capable(c)) return;
  const i = k.ws.fs.inodes.get(ino);
  if (!i || i.kind !== 'file') return;
  let mode = i.mode & ~S_ISUID;
  if (mode & S_ISGID && (mode & 0o010 || !inGroupOrCapable(c, i.gid))) mode &= ~S_ISGID;
  if (mode !== i.mode) realSetattr(k, ino, label, { mode }, 'syscall');
}

function addFd(k: Kernel, loc: Loc, flags: number, label: string, nullDevice = false): number {
  const ino = dataIno(k, loc);
  const node = metaInode(k, loc);
  let fd = 3;
  while (k.fds.has(fd)) fd++;
  const f: OpenFile = {
    ino: ino.ok ? ino.value : -1,
    label: realPath(k, loc, label),
    flags,
    offset: 0,
    writable: wantsWrite(flags),
    readable: (flags & O_ACCMODE) !== 1,
    isDir: node.ok && node.value.kind === 'dir',
    ...(nullDevice ? { nullDevice } : {}),
  };
  k.fds.set(fd, f);
  return fd;
}

/** The path as walked: parent directory plus name. */
export function walkedPath(k: Kernel, parent: Loc | null, name: string, loc: Loc | null): string {
  if (!parent) return loc ? locPath(k, loc) : name;
  return joinPath(locPath(k, parent), name);
}

/** Creates a new object through a base or overlay directory. */
export function createNode(
  k: Kernel,
  parent: Loc,
  name: string,
  spec: NewInode,
  mode: number,
): Result<Loc> {
  const owner = newOwner(k, parent, mode, spec.kind === 'dir');
  const owned: NewInode = owner.uid === undefined ? spec : { ...spec, uid: owner.uid, gid: owner.gid };
  if (parent.kind === 'ovl') return ovlCreate(k, parent, name, owned, owner.mode);
  const p = k.ws.fs.inodes.get(parent.ino);
  if (!p || p.kind !== 'dir') return fail('ENOTDIR');
  const ino = realCreate(k, parent.ino, name, owned, owner.mode, 'syscall');
  return ok({ kind: 'base', ino });
}

function fd(k: Kernel, n: number): Result<OpenFile> {
  const f = k.fds.get(n);
  return f ? ok(f) : fail('EBADF');
}

export function read(k: Kernel, n: number, count?: number): Result<Bytes> {
  const f = fd(k, n);
  if (!f.ok) return f;
  if (!f.value.readable) return fail('EBADF');
  if (f.value.isDir) return fail('EISDIR');
  if (f.value.nullDevice) return ok('');
  const i = k.ws.fs.inodes.get(f.value.ino);
  if (!i || i.kind !== 'file') return ok('');
  const end = count === undefined ? i.data.length : Math.min(i.data.length, f.value.offset + count);
  const out = bytesOf(i.data).slice(f.value.offset, end);
  f.value.offset = Math.max(f.value.offset, end);
  return ok(out);
}

export function write(k: Kernel, n: number, data: Bytes): Result<number> {
  const f = fd(k, n);
  if (!f.ok) return f;
  if (!f.value.writable) return fail('EBADF');
  if (f.value.nullDevice) return ok(data.length);
  const i = k.ws.fs.inodes.get(f.value.ino);
  if (!i || i.kind !== 'file') return fail('EINVAL');
  const offset = f.value.flags & O_APPEND ? i.data.length : f.value.offset;
  if (offset + data.length > MAX_FILE_BYTES) return fail('EFBIG', `the simulator keeps files up to ${MAX_FILE_BYTES} bytes`);
  if (data.length > 0) {
    killPriv(k, f.value.ino, f.value.label);
    realWrite(k, f.value.ino, f.value.label, offset, data, 'syscall');
  }
  f.value.offset = offset + data.length;
  return ok(data.length);
}

export function ftruncate(k: Kernel, n: number, length: number): Result<void> {
  const f = fd(k, n);
  if (!f.ok) return f;
  if (!f.value.writable) return fail('EINVAL');
  if (length < 0) return fail('EINVAL');
  if (length > MAX_FILE_BYTES) return fail('EFBIG', `the simulator keeps files up to ${MAX_FILE_BYTES} bytes`);
  killPriv(k, f.value.ino, f.value.label);
  realTruncate(k, f.value.ino, f.value.label, length, 'syscall');
  return OK;
}

export function close(k: Kernel, n: number): Result<void> {
  const f = fd(k, n);
  if (!f.ok) return f;
  k.fds.delete(n);
  // An unlinked inode goes with its last descriptor.
  const i = k.ws.fs.inodes.get(f.value.ino);
  if (i && i.nlink === 0 && i.kind !== 'dir' && !k.isHeld(f.value.ino)) {
    k.ws = { ...k.ws, fs: { ...k.ws.fs, inodes: k.ws.fs.inodes.delete(f.value.ino) } };
  }
  return OK;
}

export function fstat(k: Kernel, n: number): Result<Stat> {
  const f = fd(k, n);
  if (!f.ok) return f;
  return statLoc(k, { kind: 'base', ino: f.value.ino });
}

export function futimes(k: Kernel, n: number): Result<void> {
  const f = fd(k, n);
  if (!f.ok) return f;
  const now = k.ws.fs.clock;
  realSetattr(k, f.value.ino, f.value.label, { times: { atime: now, mtime: now } }, 'syscall');
  return OK;
}

export function truncate(k: Kernel, path: string, length: number): Result<void> {
  const w = walk(k, k.cwd, path, true);
  if (!w.ok) return w;
  if (!w.value.loc) return fail('ENOENT');
  const r = ok(w.value.loc);
  const mi = metaInode(k, r.value);
  if (!mi.ok) return mi;
  if (mi.value.kind === 'dir') return fail('EISDIR');
  if (mi.value.kind !== 'file') return fail('EINVAL');
  if (length < 0) return fail('EINVAL');
  // vfs_truncate: the mount's write access (EROFS), then the caller's (EACCES).
  if (r.value.kind === 'ovl' && mountReadonly(k, r.value.mount)) return fail('EROFS');
  const may = permission(k, r.value, MAY_WRITE);
  if (!may.ok) return may;
  if (r.value.kind === 'ovl') {
    const done = ovlSetattr(k, r.value, { size: length });
    if (!done.ok) return done;
    const ino = dataIno(k, r.value);
    if (ino.ok) killPriv(k, ino.value, realPath(k, r.value));
    return done;
  }
  killPriv(k, r.value.ino, walkedPath(k, w.value.parent, w.value.name, r.value));
  realTruncate(k, r.value.ino, walkedPath(k, w.value.parent, w.value.name, r.value), length, 'syscall');
  return OK;
}
