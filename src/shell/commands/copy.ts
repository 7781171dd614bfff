// coreutils' copy.c, the part cp and mv share: copy one file or tree with
// the same calls in the same order. Directories are made with the omitted
// permissions masked off, their entries copied in inode order (gnulib
// savedir's SAVEDIR_SORT_FASTREAD), then times, owner, xattrs and mode set;
// regular files are created O_CREAT|O_EXCL (or opened O_TRUNC when they
// exist). mv comes here when rename(2) fails, EXDEV included.
import { RENAME_NOREPLACE } from '../../engine/api.ts';
import type { Stat, Syscalls } from '../../engine/api.ts';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { baseName, dirName, join } from '../util/path.ts';
import { quote } from '../util/text.ts';
import { copyRegular, copyXattrs, setOwner } from './copy-file.ts';
import { UMASK } from './mkdir.ts';
import type { Proc } from './types.ts';
import { readDirectory } from '../util/readdir.ts';
import { canonicalize } from './readlink.ts';

export interface CopyOptions {
  recursive: boolean;
  /** mv: rename first, copy only across devices, never follow symlinks. */
  move: boolean;
  /** Copy symlinks as symlinks (cp -R, cp -a, mv). */
  noDeref: boolean;
  preserveMode: boolean;
  preserveOwnership: boolean;
  preserveTimestamps: boolean;
  preserveXattr: boolean;
  /** cp -a, cp -d, mv: names of one multiply-linked file stay links of one copy. */
  preserveLinks: boolean;
  /** cp -a: stay quiet about xattrs that cannot be copied. */
  reduceDiagnostics: boolean;
  force: boolean;
}

/** State of one top-level copy: what it created, to catch copying a directory into itself. */
export interface CopyRun {
  topSrc: string;
  topDst: string;
  createdDir?: { dev: number; ino: number };
  intoSelf: boolean;
  /** mv: the top-level source was copied (rename failed with EXDEV), so it must now be removed. */
  copied: boolean;
  /** Copies made of multiply-linked files, by source dev:ino, for the whole command (remember_copied). */
  links: Map<string, string>;
  /**
   * mv's x.rename_errno: the result of mv's own first rename when it moved
   * two operands onto a non-directory. Every copy_internal below inherits
   * it and so never tries rename(2) itself; otherwise (mv -T, or into a
   * directory) each child is first renamed, and only copied on EXDEV.
   */
  inheritedRenameErrno?: Errno;
}

export const newRun = (topSrc: string, topDst: string, links = new Map<string, string>()): CopyRun => ({
  topSrc,
  topDst,
  intoSelf: false,
  copied: false,
  links,
});

function byInode(sys: Syscalls, dir: string): { names: string[] } | { errno: Errno } {
  const r = readDirectory(sys, dir);
  if (!r.ok) return { errno: r.errno };
  return { names: [...r.value].sort((a, b) => a.ino - b.ino).map((e) => e.name) };
}

/**
 * copy_internal: `renameErrno` is mv's first rename(2) result (0: it
 * worked; undefined for cp). Returns false after reporting a failure.
 */
export function copyInternal(
  p: Proc,
  o: CopyOptions,
  run: CopyRun,
  src: string,
  dst: string,
  renameErrno: Errno | 0 | undefined,
  ancestors: readonly number[] = [],
  /** cp already saw the destination missing (its target-directory probe said ENOENT). */
  knownMissing = false,
): boolean {
  const sys = p.sys;
  if (o.move && renameErrno === undefined) {
    const r = sys.rename(src, dst, RENAME_NOREPLACE);
    renameErrno = r.ok ? 0 : r.errno;
  }
  if (o.move && renameErrno === 0) return true;
  const srcStat = o.noDeref ? sys.lstat(src) : sys.stat(src);
  if (!srcStat.ok) {
    p.error(`cannot stat ${quote(src)}: ${STRERROR[srcStat.errno]}`);
    return false;
  }
  const srcSt = srcStat.value;
  const srcIsDir = srcSt.type === 'dir';
  if (srcIsDir && !o.recursive) {
    p.error(`-r not specified; omitting directory ${quote(src)}`);
    return false;
  }

  // Regular files may be written through a symlink; everything else looks at the name itself.
  const useLstat = srcSt.type !== 'file' || o.move || o.noDeref;
  const dstStat = !useLstat && knownMissing ? ({ ok: false, errno: 'ENOENT' } as const) : useLstat ? sys.lstat(dst) : sys.stat(dst);
  let newDst = false;
  let dstSt: Stat | undefined;
  if (dstStat.ok) {
    dstSt = dstStat.value;
    if (o.move) renameErrno = 'EEXIST';
    const same = sameFileOk(sys, o, src, dst, srcSt, dstSt);
    if (same === 'same') {
      p.error(`${quote(src)} and ${quote(dst)} are the same file`);
      return false;
    }
    if (same === 'done') return true;
    if (dstSt.type !== 'dir' && srcIsDir) {
      p.error(`cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`);
      return false;
    }
    if (dstSt.type === 'dir' && !srcIsDir) {
      p.error(`cannot overwrite directory ${quote(dst)} with non-directory`);
      return false;
    }
    if (!o.move && dstSt.type !== 'dir' && ((o.preserveLinks && dstSt.nlink > 1) || (o.noDeref && srcSt.type !== 'file'))) {
      const u = sys.unlink(dst);
      if (!u.ok && u.errno !== 'ENOENT') {
        p.error(`cannot remove ${quote(dst)}: ${STRERROR[u.errno]}`);
        return false;
      }
      newDst = true;
    }
  } else if (dstStat.errno === 'ENOENT') {
    newDst = true;
  } else {
    p.error(`cannot stat ${quote(dst)}: ${STRERROR[dstStat.errno]}`);
    return false;
  }

  if (o.move) {
    if (renameErrno === 'EEXIST') {
      const r = sys.rename(src, dst);
      renameErrno = r.ok ? 0 : r.errno;
    }
    if (renameErrno === 0) return true;
    if (renameErrno === 'EINVAL') {
      p.error(`cannot move ${quote(run.topSrc)} to a subdirectory of itself, ${quote(run.topDst)}`);
      run.intoSelf = true;
      return false;
    }
    if (renameErrno !== 'EXDEV') {
      // coreutils 9.1 words every other rename failure alike (later versions blame the destination).
      p.error(`cannot move ${quote(src)} to ${quote(dst)}: ${STRERROR[renameErrno as Errno]}`);
      return false;
    }
    // Across devices: make room exactly as rename(2) would have, then copy.
    const u = srcIsDir ? sys.rmdir(dst) : sys.unlink(dst);
    if (!u.ok && u.errno !== 'ENOENT') {
      p.error(`inter-device move failed: ${quote(src)} to ${quote(dst)}; unable to remove target: ${STRERROR[u.errno]}`);
      return false;
    }
    newDst = true;
    if (ancestors.length === 0) run.copied = true;
  }

  // A further name of a file already copied becomes a link to that copy.
  if (o.preserveLinks && !srcIsDir && srcSt.nlink > 1) {
    const key = `${srcSt.dev}:${srcSt.ino}`;
    const earlier = run.links.get(key);
    if (earlier !== undefined) {
      const l = sys.link(earlier, dst);
      if (l.ok) return true;
      p.error(`cannot create hard link ${quote(dst)} to ${quote(earlier)}: ${STRERROR[l.errno]}`);
      return false;
    }
    run.links.set(key, dst);
  }

  const modeBits = srcSt.mode & 0o7777;
  let omitted = modeBits & (o.preserveOwnership ? 0o077 : srcIsDir ? 0o022 : 0);
  let restoreMode: number | null = null;

  if (srcIsDir) {
    if (ancestors.includes(srcSt.ino)) {
      p.error(`cannot copy cyclic symbolic link ${quote(src)}`);
      return false;
    }
    if (run.createdDir && run.createdDir.ino === srcSt.ino && run.createdDir.dev === srcSt.dev) {
      p.error(`cannot copy a directory, ${quote(run.topSrc)}, into itself, ${quote(run.topDst)}`);
      run.intoSelf = true;
      return false;
    }
    if (newDst || dstSt?.type !== 'dir') {
      const mk = sys.mkdir(dst, modeBits & ~omitted);
      if (!mk.ok) {
        p.error(`cannot create directory ${quote(dst)}: ${STRERROR[mk.errno]}`);
        return false;
      }
      const made = sys.lstat(dst);
      if (!made.ok) {
        p.error(`cannot stat ${quote(dst)}: ${STRERROR[made.errno]}`);
        return false;
      }
      if ((made.value.mode & 0o700) !== 0o700) {
        // The copy needs to write into it; the real mode comes back at the end.
        restoreMode = made.value.mode & 0o7777;
        sys.chmod(dst, restoreMode | 0o700);
      }
      if (!run.createdDir) run.createdDir = { dev: made.value.dev, ino: made.value.ino };
    } else {
      omitted = 0;
    }
    const listing = byInode(sys, src);
    let good = true;
    if ('errno' in listing) {
      p.error(`cannot access ${quote(src)}: ${STRERROR[listing.errno]}`);
      good = false;
    } else {
      for (const name of listing.names) {
        if (!copyInternal(p, o, run, join(src, name), join(dst, name), o.move ? run.inheritedRenameErrno : undefined, [...ancestors, srcSt.ino])) good = false;
        if (run.intoSelf) return false;
      }
    }
    finishMetadata(p, o, src, dst, srcSt, newDst, omitted, restoreMode);
    return good;
  }

  if (srcSt.type === 'symlink') {
    const target = sys.readlink(src);
    if (!target.ok) {
      p.error(`cannot read symbolic link ${quote(src)}: ${STRERROR[target.errno]}`);
      return false;
    }
    let s = sys.symlink(target.value, dst);
    if (!s.ok && s.errno === 'EEXIST' && o.force) {
      sys.unlink(dst);
      s = sys.symlink(target.value, dst);
    }
    if (!s.ok) {
      p.error(`cannot create symbolic link ${quote(dst)}: ${STRERROR[s.errno]}`);
      return false;
    }
    if (o.preserveOwnership) setOwner(p, dst, srcSt, true);
    finishMetadata(p, o, src, dst, srcSt, newDst, omitted, null);
    return true;
  }

  if (srcSt.type === 'file') return copyRegular(p, o, src, dst, srcSt, newDst, omitted);

  const special = (srcSt.type === 'socket' ? 'chardev' : srcSt.type) as 'chardev' | 'blockdev' | 'fifo';
  const mk = sys.mknod(dst, special, modeBits & ~omitted, srcSt.rdevMajor, srcSt.rdevMinor);
  if (!mk.ok) {
    p.error(`${srcSt.type === 'fifo' ? 'cannot create fifo' : 'cannot create special file'} ${quote(dst)}: ${STRERROR[mk.errno]}`);
    return false;
  }
  finishMetadata(p, o, src, dst, srcSt, newDst, omitted, null);
  return true;
}

/** Times, owner, xattrs, then mode: chown clears set-id bits, so chmod comes last. */
function finishMetadata(p: Proc, o: CopyOptions, src: string, dst: string, srcSt: Stat, newDst: boolean, omitted: number, restoreMode: number | null): void {
  const sys = p.sys;
  const isLink = srcSt.type === 'symlink';
  if (o.preserveTimestamps) {
    const t = sys.utimes(dst, { nofollow: isLink });
    if (!t.ok) p.error(`preserving times for ${quote(dst)}: ${STRERROR[t.errno]}`);
  }
  const ownerKept = isLink || !o.preserveOwnership || setOwner(p, dst, srcSt, true);
  if (o.preserveXattr) copyXattrs(p, o, src, dst, true);
  if (isLink) return;
  if (o.preserveMode) {
    const c = sys.chmod(dst, srcSt.mode & (ownerKept ? 0o7777 : 0o0777));
    if (!c.ok) p.error(`preserving permissions for ${quote(dst)}: ${STRERROR[c.errno]}`);
    return;
  }
  let restore = restoreMode;
  const missing = omitted & ~UMASK;
  if (missing && restore === null) {
    const st = newDst ? sys.lstat(dst) : undefined;
    const mode = st?.ok ? st.value.mode & 0o7777 : null;
    if (mode !== null && missing & ~mode) restore = mode;
  }
  if (restore !== null) sys.chmod(dst, restore | missing);
}

/** coreutils' same_name: the same entry in the same directory. */
const sameInode = (a: Stat, b: Stat) => a.dev === b.dev && a.ino === b.ino;

/**
 * copy.c's same_file_ok, for the options cp and mv have here (no backups,
 * no --link, no --symbolic-link, no --remove-destination): 'same' when
 * copying would lose the data ("are the same file"), 'done' when there is
 * nothing to do (two hard links of one symlink, for cp), else 'ok'.
 * `srcSt` and `dstSt` are the stats copy_internal took (lstat for mv and
 * cp -d/-P/-R/-a, which never dereference; stat otherwise).
 */
function sameFileOk(sys: Syscalls, o: CopyOptions, src: string, dst: string, srcSt: Stat, dstSt: Stat): 'ok' | 'same' | 'done' {
  const same = sameInode(srcSt, dstSt);
  let srcL = srcSt;
  let dstL = dstSt;
  let sameLink = same;
  if (o.noDeref) {
    // Two symlinks: fine unless they are one name; hard links of one symlink are nothing to do for cp, an error for mv.
    if (srcSt.type === 'symlink' && dstSt.type === 'symlink') {
      const sn = sameName(sys, src, dst);
      if (!sn && same) return o.move ? 'same' : 'done';
      return sn ? 'same' : 'ok';
    }
  } else {
    if (!same) return 'ok';
    const d = sys.lstat(dst);
    const s = sys.lstat(src);
    if (!d.ok || !s.ok) return 'ok';
    [srcL, dstL] = [s.value, d.value];
    sameLink = sameInode(srcL, dstL);
  }
  if (o.move) {
    // rename(2) replaces a destination symlink; two names of one file would lose one of them.
    if (dstL.type === 'symlink') return 'ok';
    if (sameLink && dstL.nlink > 1 && !sameName(sys, src, dst)) return 'same';
  }
  if (srcL.type !== 'symlink' && dstL.type !== 'symlink' && !sameInode(srcL, dstL)) return 'ok';
  // mv of a symlink onto another name of its (multiply linked) target keeps the data: fine unless it is that very name.
  if (o.move && srcSt.type === 'symlink' && dstL.nlink > 1) {
    const abs = canonicalize(sys, src, 'e');
    if (abs.ok) return sameName(sys, abs.path, dst) ? 'same' : 'ok';
  }
  if (o.noDeref) {
    const s = srcL.type !== 'symlink' ? srcL : statOrNull(sys, src);
    if (!s) return 'ok';
    const d = dstL.type !== 'symlink' ? dstL : statOrNull(sys, dst);
    if (!d) return 'ok';
    if (!sameInode(s, d)) return 'ok';
  }
  return 'same';
}

function statOrNull(sys: Syscalls, path: string): Stat | null {
  const r = sys.stat(path);
  return r.ok ? r.value : null;
}

function sameName(sys: Syscalls, a: string, b: string): boolean {
  if (baseName(a) !== baseName(b)) return false;
  const da = sys.stat(dirName(a));
  const db = sys.stat(dirName(b));
  return da.ok && db.ok && da.value.dev === db.value.dev && da.value.ino === db.value.ino;
}
