// How ls, stat and tree show metadata. Times are logical counters in the
// engine (there is no clock), so they are shown as an offset from a fixed
// date: plausible, and the same on every run.
import type { FileType, Stat } from '../../engine/api.ts';

const TYPE_CHAR: Record<FileType, string> = {
  file: '-', dir: 'd', symlink: 'l', chardev: 'c', blockdev: 'b', fifo: 'p', socket: 's',
};

/** `drwxr-xr-x`, with s/S and t/T as ls prints them. */
export function modeString(type: FileType, mode: number): string {
  const bit = (m: number, c: string) => (mode & m ? c : '-');
  const exec = (x: number, special: number, on: string, off: string) =>
    mode & special ? (mode & x ? on : off) : mode & x ? 'x' : '-';
  return (
    TYPE_CHAR[type] +
    bit(0o400, 'r') + bit(0o200, 'w') + exec(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') + bit(0o020, 'w') + exec(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') + bit(0o002, 'w') + exec(0o001, 0o1000, 't', 'T')
  );
}

/** stat's %F. */
export function fileTypeName(st: Stat): string {
  switch (st.type) {
    case 'file':
      return st.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir':
      return 'directory';
    case 'symlink':
      return 'symbolic link';
    case 'chardev':
      return 'character special file';
    case 'blockdev':
      return 'block special file';
    case 'fifo':
      return 'fifo';
    case 'socket':
      return 'socket';
  }
}

export { groupName, userName } from './users.ts';

/** 512-byte blocks a file of this kind would use on ext4 with 4 KiB blocks. */
export function blocksOf(st: Stat): number {
  if (st.type === 'dir') return 8;
  if (st.type === 'file') return Math.ceil(st.size / 4096) * 8;
  return 0;
}

/** The fixed date logical time 0 stands for: 2024-01-01 00:00:00 UTC. */
const EPOCH_BASE = Date.UTC(2024, 0, 1) / 1000;
/** Each logical tick shows as one second later. */
export const unixTime = (logical: number) => EPOCH_BASE + logical;

function civil(seconds: number) {
  const d = new Date(seconds * 1000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(),
    h: d.getUTCHours(), m: d.getUTCMinutes(), s: d.getUTCSeconds(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** stat's `2024-01-01 00:00:05.000000000 +0000`. */
export function statTime(logical: number): string {
  const c = civil(unixTime(logical));
  return `${c.year}-${two(c.month + 1)}-${two(c.day)} ${two(c.h)}:${two(c.m)}:${two(c.s)}.000000000 +0000`;
}

/** ls -l's recent-file form, `Jan  1 00:00`. */
export function lsTime(logical: number): string {
  const c = civil(unixTime(logical));
  return `${MONTHS[c.month]} ${String(c.day).padStart(2, ' ')} ${two(c.h)}:${two(c.m)}`;
}

/** Linux's dev_t split, as stat prints `Device: 254,0`. */
export const major = (dev: number) => (dev >>> 8) & 0xfff;
export const minor = (dev: number) => (dev & 0xff) | ((dev >>> 12) & 0xfff00);

/** st_ino as stat prints it: with xino, the layer's fsid in the top bits above the real number. */
export function inoString(st: Pick<Stat, 'ino' | 'xino'>): string {
  return st.xino ? ((BigInt(st.xino.fsid) << BigInt(st.xino.shift)) | BigInt(st.ino)).toString() : String(st.ino);
}
