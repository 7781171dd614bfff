import { describe, expect, it } from 'vitest';
import { Map as IMap } from 'immutable';
import { emptyInodeTable, type IntTable } from './table.ts';
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

describe('changedSince', () => {
  // What it must find, by brute force: every number whose value is not the same object.
  const brute = (a: IntTable<Inode>, b: IntTable<Inode>) => {
    const out: number[] = [];
    const n = Math.max(...[...a.keys(), ...b.keys(), 0]);
    for (let i = 0; i <= n; i++) if (a.get(i) !== b.get(i)) out.push(i);
    return out;
  };
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  it('finds exactly the numbers set, replaced or deleted since, on tables small and large', () => {
    for (const size of [0, 5, 31, 32, 33, 1000, 1056, 40_000]) {
      let base = emptyInodeTable();
      base = base.withMutations((w) => {
        for (let i = 1; i <= size; i++) w.set(i, file(i));
      });
      for (let round = 0; round < 6; round++) {
        let t = base;
        const changes = 1 + rand(40);
        for (let c = 0; c < changes; c++) {
          const op = rand(3);
          const ino = 1 + rand(size + 80);
          if (op === 0) t = t.delete(ino);
          else if (op === 1) t = t.set(ino, file(ino));
          else t = t.withMutations((w) => w.set(ino + 1, file(ino + 1)));
        }
        expect(t.changedSince(base)).toEqual(brute(base, t));
        expect(t.changedSince(t)).toEqual([]);
        base = t;
      }
    }
  });

  it('after growing far past the older table, reports exactly the new numbers; an older table that is larger cannot be compared (null)', () => {
    const a = emptyInodeTable().set(3, file(3));
    const b = a.withMutations((w) => {
      for (let i = 4; i < 5000; i++) w.set(i, file(i));
    });
    expect(b.changedSince(a)).toEqual(brute(a, b));
    expect(a.changedSince(b)).toBeNull();
  });
});
