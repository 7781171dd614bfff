// A real directory's listing with each name's type, as getdents returns it
// (ext4 keeps the type in the directory entry, so no inode is read). The
// listing is remembered per entries map: a directory's map is a persistent
// value that changes identity with any change to its names, and an inode
// number names one inode with one kind for as long as any map refers to it
// (numbers are never reused), so a remembered listing stays exact. This is
// the simulator's page cache: a second listing of an unchanged directory,
// in this state or any later one, reads no inode at all.
import type { Map as IMap } from 'immutable';
import type { DirEntry } from '../api.ts';
import type { Fs } from './fs.ts';
import { isWhiteoutInode, type Ino } from './inode.ts';

/** A directory's names with their types (as getdents gives them), and which of them are whiteouts. */
export interface RealListing {
  readonly entries: readonly DirEntry[];
  /** 1 where the entry is a 0/0 character device: overlay's whiteout. */
  readonly whiteout: Uint8Array;
}

const listings = new WeakMap<IMap<string, Ino>, RealListing>();

/** The names of a directory's entries map, in the map's order, with their types. Do not change the arrays. */
export function realListing(fs: Fs, entries: IMap<string, Ino>): RealListing {
  const known = listings.get(entries);
  if (known) return known;
  const out: DirEntry[] = [];
  const whiteout = new Uint8Array(entries.size);
  for (const [name, ino] of entries) {
    const c = fs.inodes.get(ino);
    if (!c) continue;
    if (isWhiteoutInode(c)) whiteout[out.length] = 1;
    out.push({ name, type: c.kind, ino });
  }
  const listing = { entries: out, whiteout };
  // Only a complete listing is remembered (an entry without its inode is a fault of the state).
  if (out.length === entries.size) listings.set(entries, listing);
  return listing;
}
