import { describe, expect, it } from 'vitest';
import { Map as IMap } from 'immutable';
import { emptyInodeTable } from './table.ts';
import { allocInode, emptyFs, linkEntry, ROOT_INO } from './fs.ts';
import { realListing } from './listing.ts';
import type { Inode } from './inode.ts';

const file = (ino: number): Inode => ({ ino, mode: 0o644, uid: 0, gid: 0, nlink: 1, xattrs: {}, atime: 0, mtime: 0, ctime: 0, kind: 'file', data: '' });

describe('the inode table', () => {
  it('keeps every earlier table as it was (persistent), with holes where inodes went', () => {
    const a = emptyInodeTable().set(1, file(1)).set(2, file(2));
    const b = a.delete(1).set(5, file(5));
    expect([...a.values()].map((i) => i.ino)).toEqual([1, 2]);
    expect([...b.entries()].map(([n]) => n)).toEqual([2, 5]);
    expect(a.size).toBe(2);
    expect(b.size).toBe(2);
    expect(b.get(1)).toBeUndefined();
    expect(b.get(3)).toBeUndefined();
    expect(b.delete(1)).toBe(b);
  });

  it('answers no inode for a negative number (a list would count it from the end)', () => {
    const t = emptyInodeTable().set(1, file(1));
    expect(t.get(-1)).toBeUndefined();
    expect(t.has(-1)).toBe(false);
    expect(() => t.set(-1, file(1))).toThrow(RangeError);
  });

  it('counts inodes through a batch of changes', () => {
    const t = emptyInodeTable().set(1, file(1)).withMutations((w) => {
      w.set(2, file(2));
      w.set(2, file(2));
      w.delete(1);
      w.delete(7);
      w.set(9, file(9));
    });
    expect(t.size).toBe(2);
    expect([...t.values()].map((i) => i.ino)).toEqual([2, 9]);
  });
});

describe('a directory listing', () => {
  it('is remembered for an unchanged directory, and a change to its names makes a new one', () => {
    let fs = emptyFs();
    let ino: number;
    [fs, ino] = allocInode(fs, { kind: 'file', data: '' }, 0o644);
    fs = linkEntry(fs, ROOT_INO, 'a', ino);
    const root = () => fs.inodes.get(ROOT_INO) as Extract<Inode, { kind: 'dir' }>;
    const first = realListing(fs, root().entries);
    expect(first.entries.map((e) => e.name)).toEqual(['a']);
    expect(realListing(fs, root().entries)).toBe(first);
    [fs, ino] = allocInode(fs, { kind: 'chardev', major: 0, minor: 0 }, 0);
    fs = linkEntry(fs, ROOT_INO, 'b', ino);
    const second = realListing(fs, root().entries);
    expect(second).not.toBe(first);
    expect(second.entries.map((e) => [e.name, e.type])).toEqual([['a', 'file'], ['b', 'chardev']]);
    expect([...second.whiteout]).toEqual([0, 1]);
    expect(realListing(fs, IMap()).entries).toEqual([]);
  });
});
