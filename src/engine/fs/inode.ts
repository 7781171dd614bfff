// The disk under the overlay: an ordinary filesystem of inodes, like the
// ext4 the layers live on. Inodes are immutable values; a directory's
// entries are a persistent map, so a change copies only its path.
import type { Map as IMap } from 'immutable';
import type { Bytes, FileType } from '../api.ts';

export type Ino = number;
export type Xattrs = Readonly<Record<string, Bytes>>;

interface InodeCommon {
  readonly ino: Ino;
  /** Permission bits (0o7777). */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly nlink: number;
  readonly xattrs: Xattrs;
  readonly atime: number;
  readonly mtime: number;
  readonly ctime: number;
}

export interface FileInode extends InodeCommon {
  readonly kind: 'file';
  readonly data: FileData;
}

/**
 * A file's bytes kept outside the workspace: a large file of a container
 * image, whose size and digest are known at once and whose bytes are read
 * only when something reads them (cat, cp, an append). `length` means what
 * a byte string's length means, so sizes need no bytes. `load` must return
 * the same bytes on every call (the engine stays deterministic); copying a
 * file (copy-up) shares the reference instead of reading it.
 */
export interface ExternalBytes {
  readonly kind: 'external';
  readonly length: number;
  /** sha256 of the bytes, hex. */
  readonly sha256: string;
  load(): Bytes;
}

export type FileData = Bytes | ExternalBytes;

/** The bytes of a file's data, read from outside when they live there. */
export function bytesOf(d: FileData): Bytes {
  return typeof d === 'string' ? d : d.load();
}

export interface DirInode extends InodeCommon {
  readonly kind: 'dir';
  readonly entries: IMap<string, Ino>;
  /** The directory holding this one (itself for the root). */
  readonly parent: Ino;
  /** Its name in that directory: directories have exactly one. */
  readonly name: string;
}

export interface SymlinkInode extends InodeCommon {
  readonly kind: 'symlink';
  readonly target: string;
}

export interface DeviceInode extends InodeCommon {
  readonly kind: 'chardev' | 'blockdev';
  readonly major: number;
  readonly minor: number;
}

export interface FifoInode extends InodeCommon {
  readonly kind: 'fifo' | 'socket';
}

export type Inode = FileInode | DirInode | SymlinkInode | DeviceInode | FifoInode;

export const isWhiteoutInode = (i: Inode | undefined): boolean =>
  !!i && i.kind === 'chardev' && i.major === 0 && i.minor === 0;

export function fileTypeOf(i: Inode): FileType {
  return i.kind;
}

/** Largest file the simulator keeps (a scenario limit; the kernel has none this small). */
export const MAX_FILE_BYTES = 64 << 20;
/** NAME_MAX and PATH_MAX, in bytes of UTF-8. */
export const NAME_MAX = 255;
export const PATH_MAX = 4096;
/** Linux follows at most 40 symlinks in one path walk. */
export const MAXSYMLINKS = 40;
/** XATTR_SIZE_MAX and XATTR_NAME_MAX. */
export const XATTR_SIZE_MAX = 65536;
export const XATTR_NAME_MAX = 255;
