// The system-call surface the shell programs against: the same calls, flags
// and errnos GNU coreutils and util-linux make on Linux, so each command can
// do what the real one does, in the same order, and hit the same overlay
// rules (an open for write copies up, a rename may fail with EXDEV...).
import type { Result } from './errno.ts';

/**
 * File data and xattr values are byte strings: one char per byte (0-255).
 * Text goes in and out through UTF-8 (see bytes.ts).
 */
export type Bytes = string;

export type FileType = 'file' | 'dir' | 'symlink' | 'chardev' | 'blockdev' | 'fifo' | 'socket';

export interface Stat {
  type: FileType;
  /** Permission bits, including setuid/setgid/sticky (0o7777). */
  mode: number;
  ino: number;
  /**
   * xino (layers on several filesystems): the fsid of the object's layer,
   * set in the top bits of st_ino above `ino` (a JS number cannot hold them).
   */
  xino?: { readonly fsid: number; readonly shift: number };
  dev: number;
  nlink: number;
  size: number;
  uid: number;
  gid: number;
  rdevMajor: number;
  rdevMinor: number;
  /** Logical times: the engine has no clock, so these count changes. */
  atime: number;
  mtime: number;
  ctime: number;
}

export interface DirEntry {
  name: string;
  /** d_type as getdents reports it; a whiteout is a chardev. */
  type: FileType;
  ino: number;
  /** d_ino's xino bits, as Stat's. */
  xino?: { readonly fsid: number; readonly shift: number };
}

// open(2) flags, Linux x86-64 values.
export const O_RDONLY = 0;
export const O_WRONLY = 0o1;
export const O_RDWR = 0o2;
export const O_ACCMODE = 0o3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;

// renameat2(2) flags.
export const RENAME_NOREPLACE = 1;
export const RENAME_EXCHANGE = 2;

// mount(2) flags the language can produce.
export const MS_RDONLY = 1;
export const MS_REMOUNT = 32;
export const MS_BIND = 4096;

// setxattr(2) flags.
export const XATTR_CREATE = 1;
export const XATTR_REPLACE = 2;

/**
 * A process's credentials, as setresuid/setresgid/setgroups leave them: the
 * effective (and filesystem) ids and the supplementary groups. Capabilities
 * follow the uid, as they do when a root process changes its ids without
 * SECBIT_KEEP_CAPS (setpriv --reuid): uid 0 has them all, any other none.
 */
export interface Cred {
  readonly uid: number;
  readonly gid: number;
  readonly groups: readonly number[];
}

export const ROOT_CRED: Cred = { uid: 0, gid: 0, groups: [0] };

export interface XattrOpts {
  /** The l* variants: act on a symlink itself. */
  nofollow?: boolean;
}

/**
 * One process's view of the workspace: a cwd and open file descriptors over
 * the immutable workspace state. Relative paths resolve from `cwd`, a
 * workspace path ("" is the workspace root). Absolute paths resolve from
 * the workspace root too: the simulated world ends there.
 */
export interface Syscalls {
  readonly cwd: string;
  /** Who the calls are made as (root unless setCred changed it). */
  readonly cred: Cred;
  /** setresuid/setresgid/setgroups: the calls that follow are made as `c`. */
  setCred(c: Cred): void;
  chdir(path: string): Result<string>;

  stat(path: string): Result<Stat>;
  lstat(path: string): Result<Stat>;
  fstat(fd: number): Result<Stat>;

  open(path: string, flags: number, mode?: number): Result<number>;
  /** Reads up to `count` bytes (all that is left when omitted). */
  read(fd: number, count?: number): Result<Bytes>;
  write(fd: number, data: Bytes): Result<number>;
  ftruncate(fd: number, length: number): Result<void>;
  close(fd: number): Result<void>;

  truncate(path: string, length: number): Result<void>;
  mkdir(path: string, mode: number): Result<void>;
  rmdir(path: string): Result<void>;
  unlink(path: string): Result<void>;
  rename(from: string, to: string, flags?: number): Result<void>;
  link(existing: string, newPath: string): Result<void>;
  symlink(target: string, linkPath: string): Result<void>;
  readlink(path: string): Result<string>;
  mknod(path: string, type: 'chardev' | 'blockdev' | 'fifo', mode: number, major?: number, minor?: number): Result<void>;
  /** fchmodat: follows symlinks. */
  chmod(path: string, mode: number): Result<void>;
  /** fchownat; `nofollow` is lchown. */
  chown(path: string, uid: number, gid: number, opts?: XattrOpts): Result<void>;
  /** utimensat to "now"; `nofollow` for AT_SYMLINK_NOFOLLOW. */
  utimes(path: string, opts?: XattrOpts): Result<void>;
  futimes(fd: number): Result<void>;

  getxattr(path: string, name: string, opts?: XattrOpts): Result<Bytes>;
  setxattr(path: string, name: string, value: Bytes, flags?: number, opts?: XattrOpts): Result<void>;
  listxattr(path: string, opts?: XattrOpts): Result<string[]>;
  removexattr(path: string, name: string, opts?: XattrOpts): Result<void>;

  /** opendir + getdents to the end, then closedir: "." and ".." excluded. */
  readdir(path: string): Result<readonly DirEntry[]>;

  mount(source: string, target: string, fstype: string, flags: number, data: string): Result<void>;
  umount(target: string, flags?: number): Result<void>;
  /** The overlay mounts in force, as /proc/self/mounts shows them (for `mount` with no arguments). */
  mounts(): MountInfo[];
}

export interface MountInfo {
  source: string;
  /** Workspace path of the mount point. */
  target: string;
  fstype: string;
  /** Options as the kernel shows them. */
  options: string;
}
